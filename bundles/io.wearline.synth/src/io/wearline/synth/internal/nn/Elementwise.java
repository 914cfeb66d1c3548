package io.wearline.synth.internal.nn;

/**
 * The element-wise steps of the forward and backward passes on row-major heap matrices, written as plain loops
 * that the JIT compiler vectorises.
 */
final class Elementwise {

	private Elementwise() {
	}

	/** {@code a[r][c] += bias[c]} for {@code rows x columns} values; the bias at {@code values[biasOffset]}. */
	static void addBias(float[] a, int rows, int columns, float[] values, int biasOffset) {
		for (int r = 0; r < rows; r++) {
			int row = r * columns;
			for (int c = 0; c < columns; c++) {
				a[row + c] += values[biasOffset + c];
			}
		}
	}

	/** {@code a[r][c] = max(0, a[r][c] + bias[c])}. */
	static void addBiasRelu(float[] a, int rows, int columns, float[] values, int biasOffset) {
		for (int r = 0; r < rows; r++) {
			int row = r * columns;
			for (int c = 0; c < columns; c++) {
				a[row + c] = Math.max(0f, a[row + c] + values[biasOffset + c]);
			}
		}
	}

	/** {@code gradient[i] = 0} where the ReLU's output {@code activation[i]} is 0: the ReLU's backward step. */
	static void reluBackward(float[] gradient, float[] activation, int count) {
		for (int i = 0; i < count; i++) {
			gradient[i] = activation[i] > 0f ? gradient[i] : 0f;
		}
	}

	/** {@code target[targetOffset + c] = sum over r of a[r][c]}: the gradient of a bias. */
	static void columnSums(float[] a, int rows, int columns, float[] target, int targetOffset) {
		java.util.Arrays.fill(target, targetOffset, targetOffset + columns, 0f);
		for (int r = 0; r < rows; r++) {
			int row = r * columns;
			for (int c = 0; c < columns; c++) {
				target[targetOffset + c] += a[row + c];
			}
		}
	}
}
