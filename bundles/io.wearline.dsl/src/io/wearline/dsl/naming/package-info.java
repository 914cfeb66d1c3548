/**
 * Qualified names of profile elements ({@code machine.sensor}), built from their ids, for the index, the outline
 * and every service that looks elements up by name.
 */
package io.wearline.dsl.naming;
