/**
 * The machine pipeline: {@link io.wearline.pipeline.MachineBuildJob} runs validate, seed, train, generate and score
 * of one machine as the steps of one Job that holds the machine's rule and lock, and tells its listeners each step's
 * start, progress, figures or failure as typed {@link io.wearline.pipeline.BuildEvent}s; a
 * {@link io.wearline.pipeline.FleetBuild} builds many machines as one {@code JobGroup}, a few at a time, where a
 * failure stops only its machine. The command line prints these events and the workbench draws them.
 */
package io.wearline.pipeline;
