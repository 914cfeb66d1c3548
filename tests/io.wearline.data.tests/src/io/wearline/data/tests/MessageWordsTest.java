package io.wearline.data.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.data.InputText;
import io.wearline.data.ReadOptions;
import io.wearline.data.TableFormats;
import io.wearline.data.TableReadException;

/**
 * Messages about unreadable tables speak words: no library internals ({@code LocalInputFile@52db95cb},
 * {@code START_ARRAY}) and no raw control characters from the file.
 */
class MessageWordsTest {
	@TempDir
	Path folder;

	private final TableFormats formats = TableFormats.standard();

	@Test
	void aDamagedParquetFileIsNamedByItsPathNotByParquetsObject() throws IOException {
		Path file = folder.resolve("damaged.parquet");
		formats.write(Samples.everyTypeTable(), file);
		byte[] bytes = Files.readAllBytes(file);
		// the row group's pages, between the magic number and the footer, overwritten
		for (int i = 4; i < bytes.length / 2; i++) {
			bytes[i] = (byte) 0x5a;
		}
		Files.write(file, bytes);
		TableReadException e = assertThrows(TableReadException.class, () -> formats.read(file, ReadOptions.defaults()));
		assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
		assertFalse(e.getMessage().contains("InputFile@"), e.getMessage());
	}

	@Test
	void aNestedJsonValueIsCalledAnArrayOrAnObject() throws IOException {
		Path file = Files.writeString(folder.resolve("nested.jsonl"), "{\"a\": 1}\n{\"a\": [1, 2]}\n");
		TableReadException array = assertThrows(TableReadException.class,
				() -> formats.read(file, ReadOptions.defaults()));
		assertTrue(array.getMessage().contains("line 2, column 'a': the value is an array;"), array.getMessage());
		assertTrue(array.getMessage().endsWith("flatten the array"), array.getMessage());
		Files.writeString(file, "{\"a\": {\"b\": 1}}\n");
		TableReadException object = assertThrows(TableReadException.class,
				() -> formats.read(file, ReadOptions.defaults()));
		assertTrue(object.getMessage().contains("the value is an object;"), object.getMessage());
		assertFalse(array.getMessage().contains("START_") || object.getMessage().contains("START_"));
	}

	@Test
	void controlCharactersOfAFileAreEscapedInItsMessages() throws IOException {
		Path file = Files.writeString(folder.resolve("evil.jsonl"), "{\"a\\u001b[2J\\u0000\": [1]}\n");
		TableReadException e = assertThrows(TableReadException.class, () -> formats.read(file, ReadOptions.defaults()));
		assertTrue(e.getMessage().contains("column 'a\\e[2J\\0'"), e.getMessage());
		assertTrue(e.getMessage().chars().noneMatch(c -> c == 0x1b || c == 0), e.getMessage());
	}

	@Test
	void inputTextEscapesC0C1AndDelButKeepsTabsAndLetters() {
		assertTrue(InputText.escaped("plain ünïcödé\ttab").equals("plain ünïcödé\ttab"));
		assertTrue(InputText.escaped("a\u001bb\u0000c\u007fd\u009be\nf\rg").equals("a\\eb\\0c\\u007fd\\u009be\\nf\\rg"),
				InputText.escaped("a\u001bb\u0000c\u007fd\u009be\nf\rg"));
		assertTrue(InputText.escapedKeepingLines("one\ntwo\u001b").equals("one\ntwo\\e"));
	}
}
