/**
 * Physics-based run-to-failure seed data: {@link io.wearline.sim.Simulation} turns a machine profile alone into a
 * fleet of units, each degrading from nearly new to its failure threshold by the profile's degradation law, under
 * switching operating regimes, with sensor noise and at most one failure mode per unit. The result is columnar
 * ({@link io.wearline.sim.SeedData}) and reaches the data layer through {@link io.wearline.sim.SeedSink};
 * {@link io.wearline.sim.SeedTables} makes it a {@link io.wearline.data.Table} without copying the arrays.
 * {@link io.wearline.sim.Simulation#stream} hands a large fleet over chunk by chunk
 * ({@link io.wearline.sim.SeedChunks}), so that it is written while it is simulated.
 * Degradation laws are pluggable through the extension point {@code io.wearline.sim.degradationLaws}.
 */
package io.wearline.sim;
