package io.wearline.synth.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import io.wearline.data.Table;
import io.wearline.synth.transform.DataTransformer;
import io.wearline.synth.transform.TransformerOptions;

/** Fitting reports a unit of work per column and stops when cancelled. */
class FitProgressTest {
	@Test
	void eachColumnIsOneUnitOfWork() {
		Table table = Tables.everyType(500, 3);
		CountingMonitor monitor = new CountingMonitor();
		DataTransformer.fit(table, TransformerOptions.defaults(), monitor);
		assertEquals(table.columnCount(), monitor.subTasks);
	}

	@Test
	void aCancelledFitStops() {
		Table table = Tables.everyType(500, 3);
		CountingMonitor monitor = new CountingMonitor();
		monitor.cancelAfter = 2;
		assertThrows(OperationCanceledException.class,
				() -> DataTransformer.fit(table, TransformerOptions.defaults(), monitor));
		assertEquals(2, monitor.subTasks);
	}

	private static final class CountingMonitor extends NullProgressMonitor {
		int subTasks;
		int cancelAfter = Integer.MAX_VALUE;

		@Override
		public void subTask(String name) {
			subTasks++;
		}

		@Override
		public boolean isCanceled() {
			return subTasks >= cancelAfter;
		}
	}
}
