package io.wearline.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.ReadOptions;
import io.wearline.data.Schema;
import io.wearline.data.TableFormats;
import io.wearline.data.TableReadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input fails the whole read with a message that names the file, line and column. */
class BadInputTest {
	private static final Schema SCHEMA = Schema.of(Column.of("unit", ColumnType.INT),
			Column.required("speed", ColumnType.DOUBLE), Column.of("failed", ColumnType.BOOLEAN));
	private final TableFormats formats = TableFormats.standard();

	@TempDir
	Path folder;

	private TableReadException failure(String name, String text, ReadOptions options) throws IOException {
		Path file = Samples.file(folder, name, text);
		return assertThrows(TableReadException.class, () -> formats.read(file, options));
	}

	private static void assertPlace(TableReadException e, Path file, long line, String column, String words) {
		assertEquals(file, e.file());
		assertEquals(line, e.line(), e.getMessage());
		assertEquals(column, e.column(), e.getMessage());
		String place = file + (line > 0 ? ", line " + line : "") + (column != null ? ", column '" + column + "'" : "");
		assertTrue(e.getMessage().startsWith(place + ": "), e.getMessage());
		assertTrue(e.getMessage().contains(words), e.getMessage());
	}

	@Test
	void aRowWithTooFewCellsNamesTheFirstColumnWithoutOne() throws IOException {
		TableReadException e = failure("short.csv", "unit,speed,failed\n1,2.0,true\n2,3.0\n", ReadOptions.defaults());
		assertPlace(e, folder.resolve("short.csv"), 3, "failed", "has 2 cells but the header names 3 columns");
	}

	@Test
	void aRowWithTooManyCellsNamesTheExtraColumn() throws IOException {
		TableReadException e = failure("long.csv", "unit,speed\r\n1,2.0\r\n2,3,0\r\n", ReadOptions.defaults());
		assertPlace(e, folder.resolve("long.csv"), 3, "#3", "quote cells that contain the separator");
	}

	@Test
	void aWordInANumericColumnOfTheSchema() throws IOException {
		TableReadException e = failure("word.csv", "unit,speed,failed\n1,2.0,true\n2,fast,false\n",
				ReadOptions.defaults().withSchema(SCHEMA));
		assertPlace(e, folder.resolve("word.csv"), 3, "speed", "'fast' is not a number but the column holds DOUBLE");
	}

	@Test
	void aRaggedRowWhenASchemaIsGiven() throws IOException {
		TableReadException e = failure("ragged.csv", "unit,speed,failed\n1,2.0,true\n\n2,3.0\n",
				ReadOptions.defaults().withSchema(SCHEMA));
		assertPlace(e, folder.resolve("ragged.csv"), 4, "failed", "has 2 cells but the header names 3 columns");
	}

	@Test
	void aDecimalInAnIntColumnOfTheSchema() throws IOException {
		TableReadException e = failure("decimal.csv", "unit,speed,failed\n1.5,2.0,true\n",
				ReadOptions.defaults().withSchema(SCHEMA));
		assertPlace(e, folder.resolve("decimal.csv"), 2, "unit", "'1.5' is not a whole number");
	}

	@Test
	void aGapInARequiredColumn() throws IOException {
		TableReadException e = failure("gap.csv", "unit,speed,failed\n1,2.0,true\n2,,false\n",
				ReadOptions.defaults().withSchema(SCHEMA));
		assertPlace(e, folder.resolve("gap.csv"), 3, "speed", "may not have missing values");
	}

	@Test
	void aBooleanColumnOfTheSchemaTakesOnlyTrueAndFalse() throws IOException {
		TableReadException e = failure("flag.csv", "unit,speed,failed\n1,2.0,yes\n",
				ReadOptions.defaults().withSchema(SCHEMA));
		assertPlace(e, folder.resolve("flag.csv"), 2, "failed", "neither true nor false");
	}

	@Test
	void columnsThatDoNotMatchTheSchema() throws IOException {
		TableReadException missing = failure("fewer.csv", "unit,failed\n1,true\n",
				ReadOptions.defaults().withSchema(SCHEMA));
		assertPlace(missing, folder.resolve("fewer.csv"), 1, "speed", "the schema requires this column");
		TableReadException extra = failure("more.csv", "\r\nunit,speed,failed,colour\r\n1,2,true,red\r\n",
				ReadOptions.defaults().withSchema(SCHEMA));
		assertPlace(extra, folder.resolve("more.csv"), 2, "colour", "the schema does not know");
	}

	@Test
	void headerNamesMustBeGivenAndUnique() throws IOException {
		assertPlace(failure("blank.csv", "unit,,failed\n1,2,3\n", ReadOptions.defaults()),
				folder.resolve("blank.csv"), 1, "#2", "no name for this column");
		assertPlace(failure("twice.csv", "\nunit,unit\n1,2\n", ReadOptions.defaults()),
				folder.resolve("twice.csv"), 2, "#2", "'unit' is given to two columns");
	}

	@Test
	void anEmptyFile() throws IOException {
		assertPlace(failure("empty.csv", "", ReadOptions.defaults()), folder.resolve("empty.csv"), 0, null,
				"the file is empty");
		assertPlace(failure("blank.csv", "\uFEFF\n\n", ReadOptions.defaults()), folder.resolve("blank.csv"), 0,
				null, "no content");
		assertPlace(failure("empty.jsonl", "\n \n", ReadOptions.defaults()), folder.resolve("empty.jsonl"), 0, null,
				"no content");
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedBeforeReading() throws IOException {
		TableReadException e = failure("big.csv", "unit\n" + "1\n".repeat(600), ReadOptions.defaults()
				.withMaxFileBytes(1024));
		assertPlace(e, folder.resolve("big.csv"), 0, null, "the file is 1205 bytes, more than the limit of 1024 bytes");
		assertTrue(e.getMessage().contains("nothing was read"), e.getMessage());
		assertEquals(2L * 1024 * 1024 * 1024, ReadOptions.defaults().maxFileBytes());
	}

	@Test
	void readingStopsAtTheLimitShouldTheFileGrow() throws IOException {
		Path file = Samples.file(folder, "growing.csv", "unit\n" + "1\n".repeat(100));
		// the size was checked before; a reader opened with a lower limit stands for the file having grown since
		TableReadException e = assertThrows(TableReadException.class, () -> {
			try (java.io.BufferedReader text = io.wearline.data.internal.TextInput.open(file, 50)) {
				text.read(new char[1000]);
			}
		});
		assertPlace(e, file, 0, null, "grew past the limit of 50 bytes");
	}

	@Test
	void aFileThatIsNotThere() {
		Path file = folder.resolve("absent.csv");
		TableReadException e = assertThrows(TableReadException.class,
				() -> formats.read(file, ReadOptions.defaults()));
		assertPlace(e, file, 0, null, "does not exist");
	}

	@Test
	void bytesThatAreNotUtf8() throws IOException {
		Path file = folder.resolve("latin1.csv");
		Files.write(file, new byte[] { 'a', '\n', (byte) 0xE9, '\n' });
		TableReadException e = assertThrows(TableReadException.class,
				() -> formats.read(file, ReadOptions.defaults()));
		assertPlace(e, file, 0, null, "not UTF-8");
		// past the part read to detect the separator, the parser meets the bad byte
		byte[] late = ("a\n" + "x\n".repeat(40_000) + "\u00e9\n")
				.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		Files.write(file, late);
		e = assertThrows(TableReadException.class, () -> formats.read(file, ReadOptions.defaults()));
		assertPlace(e, file, 0, null, "not UTF-8");
	}

	@Test
	void anUnclosedQuote() throws IOException {
		TableReadException e = failure("quote.csv", "a,b\n1,2\n1,\"open\n2,3\n", ReadOptions.defaults());
		assertPlace(e, folder.resolve("quote.csv"), 3, null, "the quoting is broken from this line on");
	}

	@Test
	void jsonLinesProblemsNameTheLineAndKey() throws IOException {
		assertPlace(failure("list.jsonl", "{\"a\": 1}\n[1, 2]\n", ReadOptions.defaults()),
				folder.resolve("list.jsonl"), 2, null, "not a JSON object");
		assertPlace(failure("nested.jsonl", "{\"a\": 1}\n\n{\"a\": {\"b\": 2}}\n", ReadOptions.defaults()),
				folder.resolve("nested.jsonl"), 3, "a", "flatten the object");
		assertPlace(failure("broken.jsonl", "{\"a\": 1,}\n", ReadOptions.defaults()),
				folder.resolve("broken.jsonl"), 1, null, "not valid JSON");
		assertPlace(failure("twice.jsonl", "{\"a\": 1, \"a\": 2}\n", ReadOptions.defaults()),
				folder.resolve("twice.jsonl"), 1, "a", "appears twice");
		assertPlace(failure("typed.jsonl", "{\"unit\": 1, \"speed\": 2.0}\n{\"unit\": 2, \"speed\": \"fast\"}\n",
				ReadOptions.defaults().withSchema(SCHEMA)), folder.resolve("typed.jsonl"), 2, "speed",
				"'fast' is not a number");
		assertPlace(failure("nospeed.jsonl", "{\"unit\": 1}\n{\"unit\": 2, \"failed\": true}\n",
				ReadOptions.defaults().withSchema(SCHEMA)), folder.resolve("nospeed.jsonl"), 1, "speed",
				"may not have missing values");
	}
}
