/**
 * Content assist for profiles: what may come next at the cursor, from keywords and enum values to the units that
 * fit the sensor's kind and the ids the profile already declares. {@link ContentProposals} is the entry for
 * editors; the generated {@code antlr} packages hold the parser that finds the cursor's context.
 */
package io.wearline.dsl.ide.contentassist;
