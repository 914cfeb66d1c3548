package io.wearline.synth.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.wearline.data.Table;
import io.wearline.synth.Rows;
import io.wearline.synth.transform.DataTransformer;

/** The saved form loads back into a transformer that encodes and decodes exactly as the saved one. */
class SaveLoadTest {
	private static Table table;
	private static DataTransformer transformer;
	private static String saved;

	@BeforeAll
	static void fitAndSave() throws IOException {
		table = Tables.everyType(3_000, 4);
		transformer = DataTransformer.fit(table);
		saved = save(transformer);
	}

	@Test
	void aLoadedTransformerWorksExactlyAsTheSavedOne() throws IOException {
		DataTransformer loaded = load(saved);
		assertEquals(transformer.schema(), loaded.schema());
		assertEquals(transformer.layout(), loaded.layout());
		assertEquals(transformer.plans(), loaded.plans());
		Rows original = transformer.transform(table, 8);
		Rows again = loaded.transform(table, 8);
		assertArrayEquals(original.values(), again.values());
		Rows output = NetworkOutput.random(transformer.layout(), 2_000, 5);
		Table a = transformer.inverse(output, new SplittableRandom(3));
		Table b = loaded.inverse(output, new SplittableRandom(3));
		for (int c = 0; c < a.columnCount(); c++) {
			for (int row = 0; row < a.rowCount(); row++) {
				assertEquals(a.value(row, c), b.value(row, c));
			}
		}
		// and saving the loaded one gives the same text
		assertEquals(saved, save(loaded));
	}

	@Test
	void theSavedFormNamesItsFormatAndVersion() {
		assertTrue(saved.contains("\"format\" : \"wearline-data-transformer\""), saved.substring(0, 100));
		assertTrue(saved.contains("\"version\" : 1"));
	}

	@Test
	void anotherVersionIsRefusedWithAClearMessage() {
		String future = saved.replace("\"version\" : 1", "\"version\" : 2");
		IOException refusal = assertThrows(IOException.class, () -> load(future));
		assertTrue(refusal.getMessage().contains("version 2") && refusal.getMessage().contains("reads version 1"),
				refusal.getMessage());
	}

	@Test
	void somethingElseIsRefused() {
		IOException notJson = assertThrows(IOException.class, () -> load("PAR1 this is parquet"));
		assertTrue(notJson.getMessage().contains("not a saved data transformer"), notJson.getMessage());
		IOException otherJson = assertThrows(IOException.class, () -> load("{\"epochs\": 3}"));
		assertTrue(otherJson.getMessage().contains("not a saved data transformer"), otherJson.getMessage());
	}

	@Test
	void aDamagedFileIsRefusedNamingTheColumn() {
		String damaged = saved.replaceFirst("\"stds\" : \\[ [^,\\]]+", "\"stds\" : [ -1.0");
		IOException refusal = assertThrows(IOException.class, () -> load(damaged));
		assertTrue(refusal.getMessage().contains("damaged") && refusal.getMessage().contains("'vibration'"),
				refusal.getMessage());
	}

	@Test
	void theStreamsAreLeftOpenForTheModelFile() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream() {
			@Override
			public void close() {
				throw new AssertionError("the transformer closed the model file's stream");
			}
		};
		transformer.save(out);
		ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray()) {
			@Override
			public void close() {
				throw new AssertionError("the transformer closed the model file's stream");
			}
		};
		assertEquals(transformer.layout(), DataTransformer.load(in).layout());
	}

	private static String save(DataTransformer transformer) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		transformer.save(out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static DataTransformer load(String text) throws IOException {
		return DataTransformer.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}
}
