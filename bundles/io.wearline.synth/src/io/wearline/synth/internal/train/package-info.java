/**
 * The training run behind {@link io.wearline.synth.Trainer} and {@link io.wearline.synth.TrainingJob}: the seeds it
 * derives from its one training seed, the held-out validation rows, the checkpoint rewritten after every epoch so
 * that a resumed run trains exactly as an uninterrupted one, and the {@code run.json} record of configuration,
 * losses, timings and outcome.
 */
package io.wearline.synth.internal.train;
