package io.wearline.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.wearline.data.ReadOptions;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines files as other tools write them. */
class JsonLinesTest {
	@TempDir
	Path folder;

	@Test
	void byteOrderMarkCrlfAndBlankLines() throws IOException {
		Path file = folder.resolve("bom.jsonl");
		byte[] text = "{\"a\": 1}\r\n\r\n{\"a\": 2}\r\n".getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);
		Files.write(file, withBom);

		Table table = TableFormats.standard().read(file, ReadOptions.defaults()).table();

		assertEquals(List.of("a"), table.schema().columns().stream().map(c -> c.name()).toList());
		assertEquals(2, table.ints("a").get(1));
	}

	@Test
	void columnsAreTheKeysInTheOrderFirstSeen() throws IOException {
		Path file = Samples.file(folder, "keys.jsonl", """
				{"b": "x", "a": 1}
				{"a": 2, "c": true}
				""");
		Table table = TableFormats.standard().read(file, ReadOptions.defaults()).table();
		assertEquals(List.of("b", "a", "c"), table.schema().columns().stream().map(c -> c.name()).toList());
		assertNull(table.value(1, 0));
		assertNull(table.value(0, 2));
		assertEquals(true, table.value(1, 2));
	}
}
