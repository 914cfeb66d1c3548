package io.wearline.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.wearline.data.ReadOptions;
import io.wearline.data.Table;
import io.wearline.data.TableReadException;
import io.wearline.data.TableReader;
import io.wearline.data.TableFormats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shapes CSV files come in from spreadsheets and other tools. */
class CsvDialectTest {
	private final TableReader csv = TableFormats.standard().reader("csv");

	@TempDir
	Path folder;

	private Table read(String text) throws IOException {
		return csv.read(Samples.file(folder, "data.csv", text), ReadOptions.defaults()).table();
	}

	private static List<String> names(Table table) {
		return table.schema().columns().stream().map(c -> c.name()).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { ",", ";", "\t", "|" })
	void theSeparatorIsDetected(String separator) throws IOException {
		Table table = read(String.join(separator, "unit", "speed", "note") + "\n"
				+ String.join(separator, "1", "2.5", "\"a" + separator + "b\"") + "\n"
				+ String.join(separator, "2", "3.5", "c") + "\n");
		assertEquals(List.of("unit", "speed", "note"), names(table));
		assertEquals(3.5, table.doubles("speed").get(1));
		assertEquals("a" + separator + "b", table.strings("note").get(0));
	}

	@Test
	void semicolonFilesWithDecimalCommasInQuotesKeepTheirCells() throws IOException {
		Table table = read("a;b\n\"1,5\";2\n\"2,5\";3\n");
		assertEquals(List.of("a", "b"), names(table));
		assertEquals("1,5", table.strings("a").get(0));
	}

	@Test
	void aByteOrderMarkIsNotPartOfTheFirstName() throws IOException {
		Path file = folder.resolve("bom.csv");
		byte[] text = "speed,unit\r\n1.5,1\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);
		Files.write(file, withBom);
		Table table = csv.read(file, ReadOptions.defaults()).table();
		assertEquals(List.of("speed", "unit"), names(table));
		assertEquals(1.5, table.doubles("speed").get(0));
	}

	@Test
	void crlfLineEndsLeaveNoCarriageReturnInCells() throws IOException {
		Table table = read("note,unit\r\nalpha,1\r\n\"two\r\nlines\",2\r\n");
		assertEquals("alpha", table.strings("note").get(0));
		assertEquals("two\r\nlines", table.strings("note").get(1));
		assertEquals(2, table.ints("unit").get(1));
	}

	@Test
	void blankLinesAreSkippedAndLinesStillCountRight() throws IOException {
		Path file = Samples.file(folder, "gaps.csv", "a,b\n1,2\n\n\"x\ny\",3\n\n4\n");
		TableReadException e = org.junit.jupiter.api.Assertions.assertThrows(TableReadException.class,
				() -> csv.read(file, ReadOptions.defaults()));
		assertEquals(7, e.line());
		Table table = read("a,b\n\n1,2\n\n3,4\n");
		assertEquals(2, table.rowCount());
	}

	@Test
	void missingTokensAndAFixedSeparator() throws IOException {
		Path file = Samples.file(folder, "tokens.csv", "a|b\nNA|1\n-|null\n");
		Table table = csv.read(file, ReadOptions.defaults().withSeparator('|').withMissingTokens(java.util.Set.of("-", "null")))
				.table();
		assertEquals("NA", table.strings("a").get(0));
		assertNull(table.strings("a").get(1));
		assertEquals(1, table.column("b").missingCount());
	}

	@Test
	void aHeaderWithoutRowsIsAnEmptyTable() throws IOException {
		Table table = read("a;b;c\n");
		assertEquals(0, table.rowCount());
		assertEquals(List.of("a", "b", "c"), names(table));
	}

	@Test
	void aLastLineWithoutLineBreakIsARow() throws IOException {
		assertEquals(2, read("a,b\n1,2\n3,4").rowCount());
	}
}
