/**
 * The quality report's benchmark for {@code wearline bench quality}: generated real, synthetic and holdout tables
 * and the time to score them. Kept out of the API because only the command line's benchmarks use it.
 */
package io.wearline.quality.internal.bench;
