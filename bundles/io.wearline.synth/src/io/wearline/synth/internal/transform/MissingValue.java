package io.wearline.synth.internal.transform;

import io.wearline.data.ColumnBuilder;
import io.wearline.data.DoubleColumnBuilder;

/**
 * How a decoded missing value is written: a missing row in a nullable column, NaN in a DOUBLE column that is not
 * nullable (its NaN values are what the fitted data had instead of missing rows).
 */
final class MissingValue {
	private MissingValue() {
	}

	static void append(ColumnBuilder builder) {
		if (builder.column().nullable()) {
			builder.addMissing();
		} else if (builder instanceof DoubleColumnBuilder doubles) {
			doubles.add(Double.NaN);
		} else {
			throw new IllegalStateException("column '" + builder.column().name() + "' is not nullable but a missing "
					+ "value was decoded for it");
		}
	}
}
