package io.wearline.synth.transform;

/**
 * One mode of a continuous column's Gaussian mixture, in the column's unit.
 *
 * @param weight the mode's share of the values, the modes of a column summing to 1
 * @param mean the mode's mean
 * @param std the mode's standard deviation
 */
public record Mode(double weight, double mean, double std) {
}
