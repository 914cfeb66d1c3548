package io.wearline.synth.internal.model;

import io.wearline.synth.ModelManifest;
import io.wearline.synth.internal.nn.TvaeNetwork;
import io.wearline.synth.internal.sample.LatentPopulation;
import io.wearline.synth.transform.DataTransformer;

/**
 * What a model file holds.
 *
 * @param manifest where the model came from
 * @param transformer the fitted data transformer
 * @param network the trained network (its layout is the transformer's)
 * @param population the latent population: the distribution latent codes are drawn from
 */
public record ModelParts(ModelManifest manifest, DataTransformer transformer, TvaeNetwork network,
		LatentPopulation population) {
}
