/**
 * The TVAE synthesizer: a data transformer that turns a {@link io.wearline.data.Table} into the network's
 * numeric form and back exactly, the variational autoencoder itself, its trainer (a core Job with checkpoints
 * and a run record) and the sampler that writes train, validation and test tables.
 */
package io.wearline.synth;
