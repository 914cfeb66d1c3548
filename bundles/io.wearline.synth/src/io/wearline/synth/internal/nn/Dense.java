package io.wearline.synth.internal.nn;

/**
 * One fully connected layer {@code output = input * weight + bias}: its weight matrix ({@code in x out}, row-major)
 * and the weight gradient live in native memory for the matrix products; its bias lives in the heap arrays of
 * {@link Parameters} at {@link #biasOffset()}, where the element-wise steps use it.
 *
 * @param in the input width
 * @param out the output width
 * @param weightOffset where the weights start in {@link Parameters#values()}
 * @param biasOffset where the bias starts in {@link Parameters#values()}
 * @param weight the weights in native memory
 * @param weightGradient the weights' gradient in native memory
 */
record Dense(int in, int out, int weightOffset, int biasOffset, NativeMatrix weight, NativeMatrix weightGradient) {
}
