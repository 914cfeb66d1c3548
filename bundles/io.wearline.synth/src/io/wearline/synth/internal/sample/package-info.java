/**
 * Drawing datasets from a trained model: latent codes from the aggregate posterior of the training rows (the latent
 * population kept in the model file), the generation run that writes train, validation and test Parquet files all
 * or nothing with their lineage manifest, and conditional sampling, which draws the latent codes of rows that hold
 * given values by importance resampling near the posteriors of training rows that hold them.
 */
package io.wearline.synth.internal.sample;
