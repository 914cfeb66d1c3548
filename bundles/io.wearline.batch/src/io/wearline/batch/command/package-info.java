/**
 * The commands of the headless application, one class each: {@code validate} (with the parallel validation of
 * folders, its summary and its JSON report), {@code convert}, {@code new}, {@code templates}, {@code seed} (the
 * simulation into a table file) and {@code inspect} (a table file's statistics). They call the
 * core services ({@link io.wearline.core.Profiles}, {@link io.wearline.core.TemplateRegistry},
 * {@link io.wearline.core.MachineStore}) exactly as the workbench does.
 */
package io.wearline.batch.command;
