package io.wearline.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wearline.data.InferenceReport;
import io.wearline.data.LoadedTable;
import io.wearline.data.ReadOptions;
import io.wearline.data.TableFormats;
import io.wearline.data.TableReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The format seam: formats by key and by extension, and a later format plugging in. */
class TableFormatsTest {

	@Test
	void theStandardFormatsAreCsvJsonLinesParquetAndXlsx() {
		TableFormats formats = TableFormats.standard();
		assertEquals(Set.of("csv", "jsonl", "parquet", "xlsx"), formats.readableFormats());
		assertEquals(Set.of("csv", "jsonl", "parquet"), formats.writableFormats());
	}

	@Test
	void formatsFollowTheExtension() {
		assertEquals("csv", TableFormats.formatOf(Path.of("a/b.CSV")));
		assertEquals("csv", TableFormats.formatOf(Path.of("b.tsv")));
		assertEquals("jsonl", TableFormats.formatOf(Path.of("b.ndjson")));
		assertEquals("parquet", TableFormats.formatOf(Path.of("seed.parquet")));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> TableFormats.formatOf(Path.of("notes.docx")));
		assertTrue(e.getMessage().contains("notes.docx"), e.getMessage());
	}

	@Test
	void aFormatWithoutWriterNamesTheFormatsThereAre() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> TableFormats.standard().write(Samples.everyTypeTable(), Path.of("seed.xlsx")));
		assertTrue(e.getMessage().contains("'xlsx'"), e.getMessage());
		assertTrue(e.getMessage().contains("[csv, jsonl, parquet]"), e.getMessage());
	}

	@Test
	void aLaterFormatPlugsIn() throws IOException {
		LoadedTable fixed = new LoadedTable(Samples.everyTypeTable(), InferenceReport.none());
		TableReader parquet = new TableReader() {
			@Override
			public String format() {
				return "parquet";
			}

			@Override
			public LoadedTable read(Path file, ReadOptions options) {
				return fixed;
			}
		};
		TableFormats formats = TableFormats.standard().register(parquet);
		assertSame(fixed, formats.read(Path.of("seed.parquet"), ReadOptions.defaults()));
		assertEquals(Set.of("csv", "jsonl", "parquet", "xlsx"), formats.readableFormats());
	}
}
