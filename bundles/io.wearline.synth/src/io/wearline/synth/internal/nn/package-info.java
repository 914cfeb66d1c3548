/**
 * The TVAE network (Xu et al. 2019, as in the CTGAN project's {@code tvae.py}) with hand-written forward and
 * backward passes: an encoder of ReLU layers with mean and log-variance heads, a decoder of ReLU layers with a tanh
 * output and a learnable standard deviation for every {@link io.wearline.synth.Span.Kind#SCALAR} span, softmax
 * and cross-entropy for every {@link io.wearline.synth.Span.Kind#SOFTMAX} span, the KL divergence, and Adam. The
 * matrix products run in ND4J's native OpenBLAS (the bulk of the work); the element-wise steps run in Java on
 * heap arrays, because each ND4J operation costs about as much fixed overhead as a Java loop over a whole batch
 * (dl4j-spike REPORT 4; {@code wearline bench tvae} measures it). The trainer
 * and the sampler use {@link io.wearline.synth.internal.nn.TvaeNetwork}; everything else here is its parts.
 */
package io.wearline.synth.internal.nn;
