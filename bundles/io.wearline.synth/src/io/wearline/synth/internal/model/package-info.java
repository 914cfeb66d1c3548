/**
 * The synthesizer's files: the model archive (a zip of manifest, data transformer, network and latent population,
 * each entry fingerprinted, refused with a clear message when it cannot be read), the model manifest's JSON form,
 * the JSON conventions shared by the run records and manifests, the SHA-256 fingerprints of files and profiles,
 * and the versions recorded with every model, run and dataset.
 */
package io.wearline.synth.internal.model;
