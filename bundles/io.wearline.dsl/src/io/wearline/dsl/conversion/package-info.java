/**
 * Turns the text of numbers, ids and strings in a {@code .machine} file into values and back: numbers are read
 * with messages that say what is wrong with them and written in their shortest exact form
 * ({@link io.wearline.dsl.conversion.NumberText}), so a written profile reads back equal to the original.
 */
package io.wearline.dsl.conversion;
