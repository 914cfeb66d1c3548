package io.wearline.synth.internal.transform;

import java.util.List;
import java.util.random.RandomGenerator;

import io.wearline.data.Column;
import io.wearline.data.ColumnBuilder;
import io.wearline.data.ColumnValues;
import io.wearline.synth.Rows;
import io.wearline.synth.Span;
import io.wearline.synth.transform.ColumnPlan;
import io.wearline.synth.transform.SoftmaxChoice;
import io.wearline.synth.transform.Treatment;

/**
 * The fitted encoding of one column: writes the column's values into its spans of the network's numeric form and
 * reads them back. Encoding and decoding go over the whole column at once, without boxing.
 */
public sealed interface ColumnCodec permits ContinuousCodec, CategoryCodec, FixedCodec {
	/** The column as it was when fitted. */
	Column column();

	/** How the column is treated. */
	Treatment treatment();

	/** The column's spans, the first starting at {@code start}; empty when the network does not see the column. */
	List<Span> spans(int start);

	/** The number of numeric columns the spans cover. */
	default int width() {
		return spans(0).stream().mapToInt(Span::width).sum();
	}

	/**
	 * Writes every row's encoding into {@code rows}, from column {@code start}.
	 *
	 * @param values the column's values; the type the codec was fitted on
	 * @param random the source of the draws of the encoding (a continuous value's mode)
	 * @throws io.wearline.synth.transform.UnusableDataException when a value cannot be encoded (an infinity, a
	 *             category or a missing value the fitted data did not have), naming the column and the row
	 */
	void encode(ColumnValues values, Rows rows, int start, RandomGenerator random);

	/**
	 * Appends every row's value, decoded from {@code rows} from column {@code start}, to {@code builder}.
	 *
	 * @param choice how softmax spans are read
	 * @param random the source of the draws
	 */
	void decode(Rows rows, int start, SoftmaxChoice choice, RandomGenerator random, ColumnBuilder builder);

	/** What the codec does, with its spans starting at {@code start}. */
	ColumnPlan plan(int start);
}
