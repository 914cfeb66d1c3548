package io.wearline.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wearline.data.ColumnType;
import io.wearline.data.InferenceReport;
import io.wearline.data.InferredColumn;
import io.wearline.data.LoadedTable;
import io.wearline.data.ReadOptions;
import io.wearline.data.TableFormats;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inference rule, int -> long -> double -> boolean -> text, and the report it gives. */
class InferenceTest {
	private final TableFormats formats = TableFormats.standard();

	@TempDir
	Path folder;

	private LoadedTable read(String name, String text, ReadOptions options) throws IOException {
		return formats.read(Samples.file(folder, name, text), options);
	}

	@Test
	void eachColumnGetsTheNarrowestTypeThatFitsEveryValue() throws IOException {
		LoadedTable read = read("mixed.csv", """
				unit,time,speed,flag,regime,serial,empty
				1,1,1,true,low,A1,
				2,3000000000,2.5,FALSE,low,A2,
				-3,4,1e3,True,high,A3,NA
				4,-5, 7 ,false,low,A4,
				""", ReadOptions.defaults());
		InferenceReport report = read.inference();

		assertEquals(ColumnType.INT, report.column("unit").type());
		assertEquals(ColumnType.LONG, report.column("time").type());
		assertEquals(ColumnType.DOUBLE, report.column("speed").type());
		assertEquals(ColumnType.BOOLEAN, report.column("flag").type());
		assertEquals(ColumnType.CATEGORICAL, report.column("regime").type());
		assertEquals(ColumnType.STRING, report.column("serial").type());
		assertEquals(ColumnType.STRING, report.column("empty").type());
		assertEquals(4, report.column("empty").missing());
		assertEquals(7.0, read.table().doubles("speed").get(3));
		assertEquals(3_000_000_000L, read.table().longs("time").get(1));
		assertTrue(read.table().schema().column("unit").nullable());
	}

	@Test
	void theReportSaysWhichValueRuledOutANarrowerType() throws IOException {
		InferenceReport report = read("why.csv", "time,speed,label\n1,1,1\n3000000000,2.5,x\n",
				ReadOptions.defaults()).inference();

		InferredColumn time = report.column("time");
		assertTrue(time.reason().contains("'3000000000' on line 3"), time.reason());
		assertTrue(report.column("speed").reason().contains("'2.5' on line 3"), report.column("speed").reason());
		assertTrue(report.column("label").reason().contains("'x' on line 3 is not a number"),
				report.column("label").reason());
		String printed = report.toString();
		assertTrue(printed.startsWith("Inferred types of 3 columns:"), printed);
		assertTrue(printed.contains("time: LONG (2 values, 0 missing)"), printed);
	}

	@Test
	void textIsCategoricalOnlyWhenLabelsRepeatAndAreFew() throws IOException {
		StringBuilder text = new StringBuilder("few,unique\n");
		for (int r = 0; r < 10; r++) {
			text.append("m").append(r % 3).append(",u").append(r).append('\n');
		}
		InferenceReport report = read("labels.csv", text.toString(), ReadOptions.defaults()).inference();
		assertEquals(ColumnType.CATEGORICAL, report.column("few").type());
		assertEquals(ColumnType.STRING, report.column("unique").type());

		InferenceReport strict = read("labels.csv", text.toString(), ReadOptions.defaults().withMaxCategories(2))
				.inference();
		assertEquals(ColumnType.STRING, strict.column("few").type());
	}

	@Test
	void quotedJsonNumbersStayText() throws IOException {
		LoadedTable read = read("values.jsonl", """
				{"serial": "007", "count": 7, "ok": true}
				{"serial": "008", "count": null, "extra": 1.5}
				""", ReadOptions.defaults());
		InferenceReport report = read.inference();
		assertEquals(ColumnType.STRING, report.column("serial").type());
		assertEquals("007", read.table().strings("serial").get(0));
		assertEquals(ColumnType.INT, report.column("count").type());
		assertEquals(ColumnType.BOOLEAN, report.column("ok").type());
		assertTrue(read.table().column("ok").isMissing(1));
		assertTrue(read.table().column("extra").isMissing(0));
		assertEquals(1.5, read.table().doubles("extra").get(1));
	}

	@Test
	void jsonKeysThatNoLineHasAreMissingValuesOfASchema() throws IOException {
		io.wearline.data.Schema schema = io.wearline.data.Schema.of(
				io.wearline.data.Column.of("unit", ColumnType.INT), io.wearline.data.Column.of("note", ColumnType.STRING));
		LoadedTable read = read("partial.jsonl", "{\"unit\": 1}\n{\"unit\": 2}\n",
				ReadOptions.defaults().withSchema(schema));
		assertEquals(schema, read.table().schema());
		assertEquals(2, read.table().column("note").missingCount());
	}
}
