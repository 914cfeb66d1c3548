package io.wearline.synth.internal.nn;

import java.nio.FloatBuffer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A row-major {@code float} matrix in native memory, where the matrix products run, with bulk copies to and from a
 * heap array, where the element-wise steps run. A copy is a plain memory copy (about 10 microseconds for a batch of
 * 500 x 128), cheaper than one ND4J operation's fixed cost.
 */
final class NativeMatrix {

	private final INDArray array;
	private final FloatBuffer memory;
	private final int offset;
	private final int length;

	private NativeMatrix(INDArray array) {
		this.array = array;
		// a view's buffer is its whole base array's: start at the view's offset
		this.memory = array.data().asNioFloat();
		this.offset = Math.toIntExact(array.offset());
		this.length = Math.toIntExact(array.length());
		if (array.dataType() != DataType.FLOAT || array.ordering() != 'c' || array.elementWiseStride() != 1) {
			throw new IllegalStateException("a native matrix must be contiguous row-major floats: " + array.shapeInfoToString());
		}
	}

	/** A new matrix of zeros. */
	static NativeMatrix zeros(int rows, int columns) {
		return new NativeMatrix(Nd4j.create(DataType.FLOAT, new long[] { rows, columns }, 'c'));
	}

	/** A matrix over a contiguous row-major view. */
	static NativeMatrix over(INDArray view) {
		return new NativeMatrix(view);
	}

	/** The ND4J array, for the matrix products. */
	INDArray array() {
		return array;
	}

	/** The number of values. */
	int length() {
		return length;
	}

	/** Copies the first {@code count} values into {@code target}. */
	void read(float[] target, int count) {
		memory.get(offset, target, 0, count);
	}

	/** Copies the first {@code count} values of {@code source} into the matrix. */
	void write(float[] source, int count) {
		memory.put(offset, source, 0, count);
	}

	/**
	 * {@code this = a * b} with either side transposed first, in OpenBLAS.
	 */
	void product(NativeMatrix a, boolean transposeA, NativeMatrix b, boolean transposeB) {
		Nd4j.gemm(a.array, b.array, array, transposeA, transposeB, 1.0, 0.0);
	}
}
