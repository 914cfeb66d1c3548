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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;

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
		assertTrue(e.getMessage().contains("not a zip archive"), e.getMessage());
	}

	@Test
	void anOldExcelWorkbookIsNamedAsSuch() throws IOException {
		Path file = folder.resolve("old.xlsx");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			row(workbook.createSheet("Seed"), 1, "unit");
			workbook.write(out);
		}

		TableReadException e = assertThrows(TableReadException.class,
				() -> formats.read(file, ReadOptions.defaults()));

		assertTrue(e.getMessage().contains("Excel 97-2003 workbook (.xls)"), e.getMessage());
		assertTrue(e.getMessage().contains("save it as an Excel workbook (.xlsx)"), e.getMessage());
	}

	@Test
	void aSheetNamedAmongOthersIsReadAloneWhateverTheCaseOfItsName() throws IOException {
		Path file = workbook("three.xlsx", workbook -> {
			// the sheets before it would fail the read: they are never parsed
			workbook.createSheet("Notes").createRow(0).createCell(0).setCellErrorValue(FormulaError.NA.getCode());
			row(workbook.createSheet("Summary"), 1, "a", "a");
			Sheet run = workbook.createSheet("Run");
			row(run, 1, "unit", "speed");
			row(run, 2, 4.0, 1480.5);
		});

		Table table = new XlsxTableReader("run").read(file, ReadOptions.defaults()).table();

		assertEquals(List.of("unit", "speed"), table.schema().columns().stream().map(Column::name).toList());
		assertEquals(4, table.ints("unit").get(0));
		assertEquals(1480.5, table.doubles("speed").get(0));
	}

	@Test
	void aFormulaWhoseCachedResultIsAnErrorIsNamedByItsCell() throws IOException {
		Path file = workbook("formula-error.xlsx", workbook -> {
			Sheet sheet = workbook.createSheet("Wear");
			row(sheet, 1, "load", "cycles", "ratio");
			row(sheet, 2, 4.0, 2.0, 2.0);
			row(sheet, 3, 3.0, 1.0, 3.0);
			row(sheet, 4, 1.0, 0.0);
			Cell ratio = sheet.getRow(3).createCell(2);
			ratio.setCellFormula("A4/B4");
			ratio.setCellErrorValue(FormulaError.DIV0.getCode());
		});

		TableReadException e = assertThrows(TableReadException.class,
				() -> formats.read(file, ReadOptions.defaults()));

		assertEquals(file, e.file());
		assertEquals(4, e.line());
		assertTrue(e.getMessage().contains("sheet 'Wear', cell C4"), e.getMessage());
		assertTrue(e.getMessage().contains("#DIV/0!"), e.getMessage());
	}

	@Test
	void formulasGiveTheirCachedResultsAndDatesTheirIsoForm() throws IOException {
		LocalDateTime inspected = LocalDateTime.of(2024, 3, 1, 6, 30, 15);
		Path file = workbook("results.xlsx", workbook -> {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
			Sheet sheet = workbook.createSheet("Checks");
			row(sheet, 1, "cycles", "doubled", "worn", "label", "inspected");
			row(sheet, 2, 120.0);
			Row row = sheet.getRow(1);
			formula(row.createCell(1), "A2*2").setCellValue(240.0);
			formula(row.createCell(2), "A2>100").setCellValue(true);
			formula(row.createCell(3), "\"u\"&A2").setCellValue("u120");
			row.createCell(4).setCellValue(inspected);
			row.getCell(4).setCellStyle(date);
		});

		Table table = formats.read(file, ReadOptions.defaults()).table();

		assertEquals(240, table.ints("doubled").get(0));
		assertEquals(ColumnType.BOOLEAN, table.schema().column("worn").type());
		assertTrue(table.booleans("worn").get(0));
		assertEquals("u120", table.value(0, 3));
		assertEquals("2024-03-01T06:30:15", table.value(0, 4));
	}

	@Test
	void datesOfAWorkbookCountingFrom1904AreReadInItsDateSystem() throws IOException {
		LocalDateTime inspected = LocalDateTime.of(2023, 11, 5, 14, 0);
		Path file = workbook("mac.xlsx", workbook -> {
			CTWorkbook settings = workbook.getCTWorkbook();
			(settings.isSetWorkbookPr() ? settings.getWorkbookPr() : settings.addNewWorkbookPr()).setDate1904(true);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
			Sheet sheet = workbook.createSheet("Log");
			row(sheet, 1, "inspected");
			Cell cell = sheet.createRow(1).createCell(0);
			// the cell holds the days since 1904-01-01, 1462 fewer than since 1900
			cell.setCellValue(inspected);
			cell.setCellStyle(date);
		});

		Table table = formats.read(file, ReadOptions.defaults()).table();

		assertEquals("2023-11-05T14:00", table.value(0, 0));
	}

	@Test
	void missingAndMergedCellsOfASparseRowAreMissingValues() throws IOException {
		Path file = workbook("sparse.xlsx", workbook -> {
			Sheet sheet = workbook.createSheet("Seed");
			row(sheet, 1, "unit", "speed", "load", "regime");
			row(sheet, 2, 1.0, null, null, "low");
			row(sheet, 3, 2.0, 1480.5, null, "high");
			// B4:C4 merged: the value lives in B4, C4 holds nothing
			row(sheet, 4, 3.0, 1490.5, null, null);
			sheet.addMergedRegion(new CellRangeAddress(3, 3, 1, 2));
			row(sheet, 5, null, null, 0.5, "low");
		});

		Table table = formats.read(file, ReadOptions.defaults()).table();

		assertEquals(4, table.rowCount());
		assertTrue(table.doubles("speed").isMissing(0));
		assertTrue(table.doubles("load").isMissing(0));
		assertEquals(1490.5, table.doubles("speed").get(2));
		assertTrue(table.doubles("load").isMissing(2));
		assertTrue(table.column("regime").isMissing(2));
		assertTrue(table.ints("unit").isMissing(3));
		assertEquals(0.5, table.doubles("load").get(3));
	}

	@Test
	void aValueUnderNoColumnNameIsNamedByItsCell() throws IOException {
		Path file = workbook("stray.xlsx", workbook -> {
			Sheet sheet = workbook.createSheet("Seed");
			row(sheet, 2, null, "unit", "cycle");
			row(sheet, 3, null, 1.0, 1.0);
			row(sheet, 4, null, 1.0, 2.0, null, 9.0);
		});

		TableReadException e = assertThrows(TableReadException.class,
				() -> formats.read(file, ReadOptions.defaults()));

		assertTrue(e.getMessage().contains("sheet 'Seed', cell E4"), e.getMessage());
		assertTrue(e.getMessage().contains("no name"), e.getMessage());
	}

	@Test
	void aZipThatHoldsNoWorkbookIsNamed() throws IOException {
		Path file = folder.resolve("archive.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
		}

		TableReadException e = assertThrows(TableReadException.class,
				() -> formats.read(file, ReadOptions.defaults()));

		assertEquals(file, e.file());
		assertTrue(e.getMessage().contains("not a readable XLSX workbook"), e.getMessage());
	}

	@Test
	void aSheetThatExpandsBeyondTheFileLimitIsRefused() throws IOException {
		Path file = workbook("wide.xlsx", workbook -> {
			Sheet sheet = workbook.createSheet("Seed");
			row(sheet, 1, "unit", "speed");
			for (int r = 2; r < 20_000; r++) {
				row(sheet, r, 1.0, r * 0.5);
			}
		});
		long size = Files.size(file);

		TableReadException e = assertThrows(TableReadException.class,
				() -> formats.read(file, ReadOptions.defaults().withMaxFileBytes(2 * size)));

		assertTrue(size < 1_000_000, "the test needs a small file: " + size);
		assertTrue(e.getMessage().contains("xl/worksheets/sheet1.xml"), e.getMessage());
		assertTrue(e.getMessage().contains("withMaxFileBytes"), e.getMessage());
		assertEquals(20_000 - 2, formats.read(file, ReadOptions.defaults()).table().rowCount());
	}

	@Test
	void aSheetThatExpandsLikeAZipBombIsRefused() throws IOException {
		Path file = workbook("bomb.xlsx", workbook -> row(workbook.createSheet("Seed"), 1, "unit"));
		String padding = " ".repeat(20_000_000);
		replaceEntry(file, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + padding
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>unit</t></is></c></row></sheetData></worksheet>");

		TableReadException e = assertThrows(TableReadException.class,
				() -> formats.read(file, ReadOptions.defaults()));

		assertTrue(Files.size(file) < 200_000, "the bomb is small: " + Files.size(file));
		assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
		assertTrue(e.getMessage().contains("xl/worksheets/sheet1.xml"), e.getMessage());
	}

	/** Rewrites a workbook with one entry's content replaced. */
	private static void replaceEntry(Path file, String entry, String content) throws IOException {
		Path copy = file.resolveSibling(file.getFileName() + ".tmp");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (ZipEntry next = in.getNextEntry(); next != null; next = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(next.getName()));
				if (next.getName().equals(entry)) {
					out.write(content.getBytes(StandardCharsets.UTF_8));
				} else {
					in.transferTo(out);
				}
			}
		}
		Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
	}

	private static Cell formula(Cell cell, String formula) {
		cell.setCellFormula(formula);
		return cell;
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
