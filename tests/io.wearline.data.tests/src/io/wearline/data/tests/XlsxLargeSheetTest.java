package io.wearline.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.LoadedTable;
import io.wearline.data.ReadOptions;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet far larger than POI's user model holds comfortably (200,000 rows of 10 columns, written with POI's
 * streaming writer) reads back value for value. The read's speed and peak heap are printed as a measurement for
 * the record, never asserted.
 */
class XlsxLargeSheetTest {
	private static final int ROWS = 200_000;
	private static final LocalDateTime START = LocalDateTime.of(2024, 3, 1, 6, 0, 30);

	@TempDir
	Path folder;

	@Test
	void aSheetOf200000RowsIsReadBackValueForValue() throws IOException {
		Path file = largeWorkbook(folder.resolve("large.xlsx"));

		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP).toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		LoadedTable loaded = TableFormats.standard().read(file, ReadOptions.defaults());
		long nanos = System.nanoTime() - start;
		long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
		long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		// the reader works on the calling thread: its CPU time is the read's cost even on a busy machine
		System.out.printf(Locale.ROOT, "XLSX read of %d rows x 10 columns (%.1f MB file, first read in this JVM):"
				+ " %.0f rows/s of CPU time (%.2f s), %.0f rows/s of wall time (%.2f s), peak heap at most %.0f MB"
				+ " (sum of the heap pools' peaks)%n", ROWS, Files.size(file) / 1e6, ROWS / (cpuNanos / 1e9),
				cpuNanos / 1e9, ROWS / (nanos / 1e9), nanos / 1e9, peak / 1e6);

		Table table = loaded.table();
		assertEquals(ROWS, table.rowCount());
		assertEquals(List.of(ColumnType.INT, ColumnType.INT, ColumnType.LONG, ColumnType.DOUBLE, ColumnType.DOUBLE,
				ColumnType.DOUBLE, ColumnType.CATEGORICAL, ColumnType.BOOLEAN, ColumnType.STRING, ColumnType.STRING),
				table.schema().columns().stream().map(Column::type).toList());
		for (int r = 0; r < ROWS; r++) {
			assertEquals(r / 200 + 1, table.ints("unit").get(r));
			assertEquals(r % 200 + 1, table.ints("cycle").get(r));
			assertEquals(3_000_000_000L + r, table.longs("stamp").get(r));
			assertEquals(1400 + r * 0.25, table.doubles("speed").get(r));
			assertEquals(r / 7.0, table.doubles("temperature").get(r));
			assertEquals(r % 10 == 0, table.doubles("pressure").isMissing(r));
			if (r % 10 != 0) {
				assertEquals(-r * 1.0e-3, table.doubles("pressure").get(r));
			}
			assertEquals(REGIMES[r % 3], table.categoricals("regime").label(r));
			assertEquals(r % 200 == 199, table.booleans("failed").get(r));
			assertEquals("unit " + (r / 200 + 1) + ", cycle " + (r % 200 + 1), table.strings("label").get(r));
		}
		assertEquals(START.toString(), table.strings("measured").get(0));
		assertEquals(START.plusMinutes(ROWS - 1).toString(), table.strings("measured").get(ROWS - 1));
		assertFalse(table.strings("measured").isMissing(ROWS / 2));
		assertTrue(loaded.inference().column("pressure").missing() > 0);
	}

	private static final String[] REGIMES = { "idle", "cruise", "climb" };

	/** Writes the rows with POI's streaming writer, which keeps only a window of rows in memory. */
	private static Path largeWorkbook(Path file) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
			Sheet sheet = workbook.createSheet("Run");
			Row header = sheet.createRow(0);
			String[] names = { "unit", "cycle", "stamp", "speed", "temperature", "pressure", "regime", "failed",
					"label", "measured" };
			for (int c = 0; c < names.length; c++) {
				header.createCell(c).setCellValue(names[c]);
			}
			for (int r = 0; r < ROWS; r++) {
				Row row = sheet.createRow(r + 1);
				row.createCell(0).setCellValue(r / 200 + 1);
				row.createCell(1).setCellValue(r % 200 + 1);
				row.createCell(2).setCellValue(3_000_000_000.0 + r);
				row.createCell(3).setCellValue(1400 + r * 0.25);
				row.createCell(4).setCellValue(r / 7.0);
				if (r % 10 != 0) {
					row.createCell(5).setCellValue(-r * 1.0e-3);
				}
				row.createCell(6).setCellValue(REGIMES[r % 3]);
				row.createCell(7).setCellValue(r % 200 == 199);
				row.createCell(8).setCellValue("unit " + (r / 200 + 1) + ", cycle " + (r % 200 + 1));
				row.createCell(9).setCellValue(START.plusMinutes(r));
				row.getCell(9).setCellStyle(date);
			}
			workbook.write(out);
		}
		return file;
	}
}
