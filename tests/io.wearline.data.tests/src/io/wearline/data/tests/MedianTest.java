package io.wearline.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.wearline.data.ArrayColumns;
import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.Median;
import io.wearline.data.Schema;
import io.wearline.data.Table;

/** The one median every report and benchmark uses. */
class MedianTest {

	@Test
	void anOddCountGivesTheMiddleValueAndLeavesTheValuesAsTheyAre() {
		double[] values = { 9, 1, 5 };
		assertEquals(5, Median.of(values));
		assertArrayEquals(new double[] { 9, 1, 5 }, values, "the caller's array is not sorted in place");
	}

	@Test
	void anEvenCountGivesTheMeanOfTheTwoMiddleValues() {
		assertEquals(3.5, Median.of(new double[] { 10, 1, 3, 4 }));
		assertEquals(2.5, Median.ofSorted(new double[] { 1, 2, 3, 4 }));
	}

	@Test
	void onlyTheFirstNValuesCount() {
		assertEquals(2, Median.of(new double[] { 3, 1, 2, 100, 200 }, 3));
	}

	@Test
	void noValuesHaveNoMedian() {
		assertTrue(Double.isNaN(Median.of(new double[0])));
		assertTrue(Double.isNaN(Median.of(new double[] { 1, 2 }, 0)));
	}

	@Test
	void itAgreesWithTheColumnStatisticsMedian() {
		double[] values = { 7.5, -2, 3, 11, 0.25, 4 };
		Table table = ArrayColumns.table(Schema.of(Column.required("x", ColumnType.DOUBLE)),
				List.of(ArrayColumns.doubles(values, values.length, false)));
		assertEquals(table.statistics().get(0).median(), Median.of(values), 1e-12);
	}
}
