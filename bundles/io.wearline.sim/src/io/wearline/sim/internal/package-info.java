/**
 * The simulation's machinery: the profile turned into flat arrays of physics ({@link
 * io.wearline.sim.internal.MachinePhysics}), each unit's draws ({@link io.wearline.sim.internal.UnitPlan}), the
 * regime chain and the per-unit simulator that fills a slice of the columns without allocating per row.
 */
package io.wearline.sim.internal;
