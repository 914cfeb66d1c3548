/**
 * The commands of the headless application, one class each: {@code validate} (with the parallel validation of
 * folders, its summary and its JSON report), {@code convert}, {@code new}, {@code templates}, {@code seed} (the
 * simulation into a table file), {@code inspect} (a table file's statistics),
 * {@code score} (a quality report of two tables or of a machine's generated data) and {@code validate-all} (every
 * machine of a workspace scored in parallel, with the fleet report), and the machine store's commands
 * {@code machines}, {@code status}, {@code import}, {@code delete}, {@code rename}, {@code duplicate},
 * {@code history}, {@code diff} and {@code restore} ({@code MachineCommand} is the frame of those on one machine).
 * They call the
 * core services ({@link io.wearline.core.Profiles}, {@link io.wearline.core.TemplateRegistry},
 * {@link io.wearline.core.MachineStore}, {@link io.wearline.quality.MachineScoring}) exactly as the workbench does.
 */
package io.wearline.batch.command;
