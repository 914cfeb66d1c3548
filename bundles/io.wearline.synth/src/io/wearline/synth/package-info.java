/**
 * The TVAE synthesizer's services: training a machine's model ({@link io.wearline.synth.Trainer}, run as the core
 * Job {@link io.wearline.synth.TrainingJob} with checkpoints, a run record, early stopping and scheduling rules), the
 * saved model ({@link io.wearline.synth.SynthesizerModel}, one versioned file with its manifest, sampling with or
 * without {@link io.wearline.synth.Condition}s), and generating a machine's train, validation and test datasets
 * ({@link io.wearline.synth.Generator}, run as {@link io.wearline.synth.GenerationJob}). The network's numeric form
 * of a table ({@link io.wearline.synth.Layout}, {@link io.wearline.synth.Rows}) is the contract between the data
 * transformer and the network.
 */
package io.wearline.synth;
