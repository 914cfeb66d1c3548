/**
 * Wearline's core services: reading and writing machine profiles in every format (DSL, JSON, YAML, XLSX)
 * through one validator, the templates registry, and the machine store of a workspace: its machines' status
 * (files and last outcome), change events for views, and the version history of every machine's profile. Every Job
 * that writes a machine is a {@link io.wearline.core.MachineJob}: the machine's {@link io.wearline.core.MachineRule}
 * within this JVM, its {@link io.wearline.core.MachineLock} across processes, and its
 * {@link io.wearline.core.StepOutcome} when it ends.
 */
package io.wearline.core;
