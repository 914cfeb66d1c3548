package io.wearline.synth.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.wearline.data.Table;
import io.wearline.synth.Rows;
import io.wearline.synth.transform.DataTransformer;
import io.wearline.synth.transform.TransformerOptions;

/** The same table, options and seeds give the same transformer, the same encoding and the same samples. */
class DeterminismTest {
	@Test
	void theSameSeedGivesTheSameTransformer() throws IOException {
		Table table = Tables.everyType(3_000, 7);
		String first = saved(DataTransformer.fit(table, TransformerOptions.defaults().withSeed(5)));
		String second = saved(DataTransformer.fit(table, TransformerOptions.defaults().withSeed(5)));
		assertEquals(first, second);
	}

	@Test
	void theSameSeedGivesTheSameEncodingAndAnotherSeedAnother() {
		Table table = Tables.everyType(3_000, 7);
		DataTransformer transformer = DataTransformer.fit(table);
		Rows a = transformer.transform(table, 1);
		Rows b = transformer.transform(table, 1);
		Rows c = transformer.transform(table, 2);
		assertArrayEquals(a.values(), b.values());
		// the modes of values between two modes are drawn, so another seed draws some differently
		assertFalse(Arrays.equals(a.values(), c.values()));
	}

	@Test
	void theSameRandomStateGivesTheSameSamples() {
		DataTransformer transformer = DataTransformer.fit(Tables.everyType(3_000, 7));
		Rows output = NetworkOutput.random(transformer.layout(), 1_000, 2);
		Table a = transformer.inverse(output, new SplittableRandom(42));
		Table b = transformer.inverse(output, new SplittableRandom(42));
		for (int column = 0; column < a.columnCount(); column++) {
			for (int row = 0; row < a.rowCount(); row++) {
				assertEquals(a.value(row, column), b.value(row, column));
			}
		}
	}

	private static String saved(DataTransformer transformer) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		transformer.save(out);
		return out.toString(java.nio.charset.StandardCharsets.UTF_8);
	}
}
