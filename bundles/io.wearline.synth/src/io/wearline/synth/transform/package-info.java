/**
 * The data transformer of the TVAE: {@link io.wearline.synth.transform.DataTransformer} learns from a
 * {@link io.wearline.data.Table} how to turn each column into the network's numeric form (mode-specific
 * normalisation for continuous columns, one-hot groups for categories, indicators for missing values) and turns the
 * network's output back into a table of the same schema; columns that carry no learnable information (constant,
 * near-constant, all missing) bypass the network and come back exactly. The fitted transformer saves to a
 * versioned JSON form that the model file embeds.
 */
package io.wearline.synth.transform;
