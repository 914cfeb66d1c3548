package io.wearline.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.LoadedTable;
import io.wearline.data.ReadOptions;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;
import io.wearline.data.TableReadException;
import io.wearline.data.internal.xlsx.XlsxTableReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XLSX sheets read into tables: header row, inferred types, a named sheet, and messages that name the cell. */
class XlsxTest {
	private final TableFormats formats = TableFormats.standard();

	@TempDir
	Path folder;

	@Test
	void theFirstSheetIsReadWithTheTypesCsvWouldInfer() throws IOException {
		Path file = workbook("cycles.xlsx", workbook -> {
			Sheet sheet = workbook.createSheet("Cycles");
			workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("ignored");
			row(sheet, 1, "unit", "cycle", "speed", "failed", "regime");
			row(sheet, 2, 1.0, 3_000_000_000.0, 1480.25, false, "low");
			row(sheet, 3, 1.0, 3_000_000_001.0, null, true, "low");
			// an empty row in between is skipped
			row(sheet, 5, 2.0, 3_000_000_002.0, 1479.5, false, "high");
			row(sheet, 6, 2.0, 3_000_000_003.0, 1470.0, null, "high");
		});

		LoadedTable loaded = formats.read(file, ReadOptions.defaults());
		Table table = loaded.table();

		assertEquals(List.of(ColumnType.INT, ColumnType.LONG, ColumnType.DOUBLE, ColumnType.BOOLEAN,
				ColumnType.CATEGORICAL), table.schema().columns().stream().map(Column::type).toList());
		assertEquals(4, table.rowCount());
		assertEquals(2, table.ints("unit").get(2));
		assertEquals(3_000_000_003L, table.longs("cycle").get(3));
		assertEquals(1479.5, table.doubles("speed").get(2));
		assertTrue(table.doubles("speed").isMissing(1));
		assertTrue(table.booleans("failed").get(1));
		assertTrue(table.booleans("failed").isMissing(3));
		assertEquals(List.of("low", "high"), table.categoricals("regime").dictionary());
		assertEquals(ColumnType.LONG, loaded.inference().column("cycle").type());
	}

	@Test
	void aNamedSheetIsReadAndAMissingOneIsNamed() throws IOException {
		Path file = workbook("two.xlsx", workbook -> {
			row(workbook.createSheet("First"), 1, "a");
			Sheet data = workbook.createSheet("Data");
			row(data, 1, "unit");
			row(data, 2, 7.0);
		});

		Table table = new XlsxTableReader("Data").read(file, ReadOptions.defaults()).table();
		TableReadException e = assertThrows(TableReadException.class,
				() -> new XlsxTableReader("Seed").read(file, ReadOptions.defaults()));

		assertEquals(7, table.ints("unit").get(0));
		assertTrue(e.getMessage().contains("two.xlsx"), e.getMessage());
		assertTrue(e.getMessage().contains("'Seed'") && e.getMessage().contains("[First, Data]"), e.getMessage());
	}

	@Test
	void aCellThatDoesNotFitTheSchemaIsNamedBySheetAndCell() throws IOException {
		Path file = workbook("bad.xlsx", workbook -> {
			Sheet sheet = workbook.createSheet("Seed");
			row(sheet, 1, "cycle", "unit");
			row(sheet, 2, 1.0, 1.0);
			row(sheet, 3, 2.0, "one");
		});

		TableReadException e = assertThrows(TableReadException.class, () -> formats.read(file, ReadOptions
				.defaults().withSchema(Schema.of(Column.of("cycle", ColumnType.LONG), Column.of("unit",
						ColumnType.INT)))));

		assertEquals(3, e.line());
		assertEquals("unit", e.column());
		assertTrue(e.getMessage().contains("sheet 'Seed', cell B3"), e.getMessage());
		assertTrue(e.getMessage().contains("'one'"), e.getMessage());
	}

	@Test
	void anErrorCellIsNamed() throws IOException {
		Path file = workbook("error.xlsx", workbook -> {
			Sheet sheet = workbook.createSheet("Seed");
			row(sheet, 1, "ratio");
			sheet.createRow(1).createCell(0).setCellErrorValue(FormulaError.DIV0.getCode());
		});

		TableReadException e = assertThrows(TableReadException.class,
				() -> formats.read(file, ReadOptions.defaults()));

		assertTrue(e.getMessage().contains("sheet 'Seed', cell A2"), e.getMessage());
		assertTrue(e.getMessage().contains("#DIV/0!"), e.getMessage());
	}

	@Test
	void aFileThatIsNotAWorkbookIsNamed() throws IOException {
		Path file = Samples.file(folder, "fake.xlsx", "unit,cycle\n1,2\n");

		TableReadException e = assertThrows(TableReadException.class,
				() -> formats.read(file, ReadOptions.defaults()));

		assertEquals(file, e.file());
		assertTrue(e.getMessage().contains("not a readable XLSX workbook"), e.getMessage());
	}

	/** Builds a workbook's content. */
	private interface Content {
		void fill(XSSFWorkbook workbook);
	}

	private Path workbook(String name, Content content) throws IOException {
		Path file = folder.resolve(name);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			content.fill(workbook);
			workbook.write(out);
		}
		return file;
	}

	/** Fills a row (1-based, as a spreadsheet shows it); null leaves a cell empty. */
	private static void row(Sheet sheet, int number, Object... values) {
		Row row = sheet.createRow(number - 1);
		for (int c = 0; c < values.length; c++) {
			switch (values[c]) {
				case null -> {
				}
				case Double d -> row.createCell(c).setCellValue(d);
				case Boolean b -> row.createCell(c).setCellValue(b);
				case String s -> row.createCell(c).setCellValue(s);
				default -> throw new IllegalArgumentException(values[c].toString());
			}
		}
	}
}
