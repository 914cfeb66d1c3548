/**
 * Drawing datasets from a trained model: the generation run that writes train, validation and test Parquet files
 * all or nothing with their lineage manifest, and conditional sampling, which draws the latent codes of rows that
 * hold given values by importance resampling from a proposal near the encoder's posteriors of real rows (the
 * latent anchors kept in the model file).
 */
package io.wearline.synth.internal.sample;
