package io.wearline.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wearline.data.Column;
import io.wearline.data.ColumnStatistics;
import io.wearline.data.ColumnType;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableBuilder;
import org.junit.jupiter.api.Test;

/** Every expected number here was worked out by hand from the values in the test. */
class ColumnStatisticsTest {
	private static final double EPSILON = 1e-12;

	private static Table column(ColumnType type, Object... values) {
		TableBuilder builder = new TableBuilder(Schema.of(Column.of("v", type)));
		for (Object value : values) {
			builder.addRow(value);
		}
		return builder.build();
	}

	@Test
	void oddCountOfDoublesWithAGap() {
		// sorted 1, 2, 3, 4, 10: mean 20/5 = 4; squared deviations 9+4+1+0+36 = 50, 50/4 = 12.5
		ColumnStatistics s = column(ColumnType.DOUBLE, 4.0, 1.0, null, 10.0, 3.0, 2.0).statistics("v");
		assertEquals(5, s.count());
		assertEquals(1, s.missing());
		assertEquals(4.0, s.mean(), EPSILON);
		assertEquals(Math.sqrt(12.5), s.std(), EPSILON);
		assertEquals(1.0, s.min());
		assertEquals(2.0, s.p25(), EPSILON); // position (5-1)*0.25 = 1
		assertEquals(3.0, s.median(), EPSILON); // position 2
		assertEquals(4.0, s.p75(), EPSILON); // position 3
		assertEquals(10.0, s.max());
		assertEquals(5, s.distinct());
	}

	@Test
	void evenCountInterpolatesBetweenRanks() {
		// sorted 1, 2, 3, 4: p25 at position 0.75 -> 1.75, median at 1.5 -> 2.5, p75 at 2.25 -> 3.25
		ColumnStatistics s = column(ColumnType.INT, 3, 1, 4, 2).statistics("v");
		assertEquals(1.75, s.p25(), EPSILON);
		assertEquals(2.5, s.median(), EPSILON);
		assertEquals(3.25, s.p75(), EPSILON);
		assertEquals(2.5, s.mean(), EPSILON);
		// squared deviations 2.25+0.25+0.25+2.25 = 5, 5/3
		assertEquals(Math.sqrt(5.0 / 3.0), s.std(), EPSILON);
	}

	@Test
	void nanCountsAsMissingAndRepeatsCountOnce() {
		ColumnStatistics s = column(ColumnType.DOUBLE, 2.0, Double.NaN, 2.0, -0.0, 0.0).statistics("v");
		assertEquals(4, s.count());
		assertEquals(1, s.missing());
		assertEquals(2, s.distinct()); // 2.0 and zero (-0.0 equals 0.0)
		assertEquals(1.0, s.mean(), EPSILON);
	}

	@Test
	void longsBeyondDoublePrecisionAreStillDistinct() {
		long big = 1L << 53;
		ColumnStatistics s = column(ColumnType.LONG, big, big + 1, big + 1).statistics("v");
		assertEquals(2, s.distinct());
		assertEquals(3, s.count());
	}

	@Test
	void booleansAreSummarisedAsZeroAndOne() {
		ColumnStatistics s = column(ColumnType.BOOLEAN, true, false, true, true, null).statistics("v");
		assertEquals(0.75, s.mean(), EPSILON);
		assertEquals(0.0, s.min());
		assertEquals(1.0, s.max());
		assertEquals(2, s.distinct());
		assertEquals(1, s.missing());
	}

	@Test
	void textHasCountsButNoNumbers() {
		ColumnStatistics s = column(ColumnType.STRING, "a", "b", "a", null).statistics("v");
		assertEquals(3, s.count());
		assertEquals(1, s.missing());
		assertEquals(2, s.distinct());
		assertTrue(Double.isNaN(s.mean()));
		assertTrue(s.toString().contains("3 values, 1 missing, 2 distinct"), s.toString());
	}

	@Test
	void categoriesCountOnlyTheLabelsInTheSlice() {
		Table table = column(ColumnType.CATEGORICAL, "low", "high", "idle", "high", null);
		ColumnStatistics s = table.slice(1, 5).statistics("v");
		assertEquals(3, s.count());
		assertEquals(1, s.missing());
		assertEquals(2, s.distinct());
	}

	@Test
	void singleValueHasNoSpreadAndEmptyColumnHasNoNumbers() {
		ColumnStatistics one = column(ColumnType.DOUBLE, 7.0).statistics("v");
		assertEquals(7.0, one.median());
		assertTrue(Double.isNaN(one.std()));
		ColumnStatistics none = column(ColumnType.DOUBLE, (Object) null).statistics("v");
		assertEquals(0, none.count());
		assertTrue(Double.isNaN(none.mean()));
		assertEquals(0, none.distinct());
	}

	@Test
	void everyColumnOfATableIsSummarised() {
		assertEquals(6, Samples.everyTypeTable().statistics().size());
		assertEquals(1, Samples.everyTypeTable().statistics("note").missing());
	}
}
