package io.wearline.data.internal.parquet;

import io.wearline.data.BooleanValues;
import io.wearline.data.CategoricalValues;
import io.wearline.data.ColumnValues;
import io.wearline.data.DoubleValues;
import io.wearline.data.IntValues;
import io.wearline.data.LongValues;
import io.wearline.data.StringValues;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.io.api.Binary;

/**
 * Hands a range of one column's values to Parquet's writer of that column, primitive by primitive, without
 * boxing and without building records. A flat column has no repetition; its definition level is 1 for a value and
 * 0 for a missing one when it is OPTIONAL, always 0 when it is REQUIRED. A categorical column is written as the
 * UTF-8 bytes of each row's label, made once per dictionary, so that Parquet's dictionary encoding stores each
 * label once per column chunk.
 */
final class ColumnFeed {
	private final ColumnWriter writer;
	private final int defined;
	private List<String> labelsOf;
	private Binary[] labels;

	/** A feed into this writer of a column whose maximum definition level is {@code maxDefinitionLevel}. */
	ColumnFeed(ColumnWriter writer, int maxDefinitionLevel) {
		this.writer = writer;
		this.defined = maxDefinitionLevel;
	}

	/** Writes the rows {@code from} (inclusive) to {@code to} (exclusive) of these values. */
	void write(ColumnValues values, int from, int to) {
		switch (values) {
			case DoubleValues doubles -> doubles(doubles, from, to);
			case LongValues longs -> longs(longs, from, to);
			case IntValues ints -> ints(ints, from, to);
			case BooleanValues booleans -> booleans(booleans, from, to);
			case StringValues strings -> strings(strings, from, to);
			case CategoricalValues categories -> categories(categories, from, to);
		}
	}

	private void doubles(DoubleValues values, int from, int to) {
		for (int r = from; r < to;) {
			int present = Math.min(to, values.nextMissing(r));
			for (; r < present; r++) {
				writer.write(values.get(r), 0, defined);
			}
			if (r < to) {
				writer.writeNull(0, 0);
				r++;
			}
		}
	}

	private void longs(LongValues values, int from, int to) {
		for (int r = from; r < to;) {
			int present = Math.min(to, values.nextMissing(r));
			for (; r < present; r++) {
				writer.write(values.get(r), 0, defined);
			}
			if (r < to) {
				writer.writeNull(0, 0);
				r++;
			}
		}
	}

	private void ints(IntValues values, int from, int to) {
		for (int r = from; r < to;) {
			int present = Math.min(to, values.nextMissing(r));
			for (; r < present; r++) {
				writer.write(values.get(r), 0, defined);
			}
			if (r < to) {
				writer.writeNull(0, 0);
				r++;
			}
		}
	}

	private void booleans(BooleanValues values, int from, int to) {
		for (int r = from; r < to;) {
			int present = Math.min(to, values.nextMissing(r));
			for (; r < present; r++) {
				writer.write(values.get(r), 0, defined);
			}
			if (r < to) {
				writer.writeNull(0, 0);
				r++;
			}
		}
	}

	private void strings(StringValues values, int from, int to) {
		for (int r = from; r < to; r++) {
			String text = values.get(r);
			if (text == null) {
				writer.writeNull(0, 0);
			} else {
				writer.write(Binary.fromString(text), 0, defined);
			}
		}
	}

	private void categories(CategoricalValues values, int from, int to) {
		Binary[] bytes = labels(values.dictionary());
		for (int r = from; r < to; r++) {
			int code = values.code(r);
			if (code == CategoricalValues.MISSING_CODE) {
				writer.writeNull(0, 0);
			} else {
				writer.write(bytes[code], 0, defined);
			}
		}
	}

	/** The labels' bytes; made again only when a chunk comes with another dictionary. */
	private Binary[] labels(List<String> dictionary) {
		if (dictionary != labelsOf) {
			labels = new Binary[dictionary.size()];
			for (int i = 0; i < labels.length; i++) {
				labels[i] = Binary.fromConstantByteArray(dictionary.get(i).getBytes(StandardCharsets.UTF_8));
			}
			labelsOf = dictionary;
		}
		return labels;
	}
}
