package io.wearline.data;

/** Appends one boxed value to a typed column builder: the slow path behind {@link TableBuilder#addRow}. */
final class RowValues {
	private RowValues() {
	}

	static void append(ColumnBuilder builder, Object value) {
		if (value == null) {
			builder.addMissing();
			return;
		}
		switch (builder) {
			case DoubleColumnBuilder doubles when value instanceof Number n -> doubles.add(n.doubleValue());
			case LongColumnBuilder longs when isIntegral(value) -> longs.add(((Number) value).longValue());
			case IntColumnBuilder ints when value instanceof Integer || value instanceof Short
					|| value instanceof Byte -> ints.add(((Number) value).intValue());
			case BooleanColumnBuilder booleans when value instanceof Boolean b -> booleans.add(b);
			case StringColumnBuilder strings when value instanceof String s -> strings.add(s);
			case CategoricalColumnBuilder categories when value instanceof String s -> categories.add(s);
			default -> throw new IllegalArgumentException("column '" + builder.column().name() + "' is "
					+ builder.column().type() + " and cannot hold the " + value.getClass().getSimpleName() + " "
					+ value);
		}
	}

	private static boolean isIntegral(Object value) {
		return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte;
	}
}
