/**
 * The seed simulation's benchmark for {@code wearline bench seed}: a generated profile of any number of sensors and
 * the speed of simulating it. Kept out of the API because only the command line's benchmarks (and tests that want
 * a generic profile of a given size) use it.
 */
package io.wearline.sim.internal.bench;
