/**
 * Quick fixes for profiles: for each validator issue whose fix is clear, text edits that apply the fix the issue
 * data describes (a corrected id, a unit that fits the kind, swapped bounds, normalised weights).
 * {@link io.wearline.dsl.ide.quickfix.ProfileFixes} is the entry for editors; a language server offers the same
 * fixes as code actions.
 */
package io.wearline.dsl.ide.quickfix;
