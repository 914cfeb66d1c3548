package io.wearline.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.ReadOptions;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableBuilder;
import io.wearline.data.TableFormats;
import io.wearline.quality.ColumnKind;
import io.wearline.quality.NoteKind;
import io.wearline.quality.QualityReport;
import io.wearline.quality.QualityScoring;
import io.wearline.quality.ScoringOptions;
import io.wearline.quality.TableMetadata;

/**
 * Column kinds detected as SDV 1.x's {@code SingleTableMetadata.detect_from_dataframe} does, on hand-made tables
 * whose expected kinds follow from SDV's rule: non-negative whole numbers with at most {@code min(round(rows / 10),
 * 10)} distinct values are categorical, other numbers numerical, text and flags categorical, a column named as an id
 * an id, and the first column of unique complete values (whole non-negative numbers or text) the primary key.
 */
class ColumnKindDetectionTest {
	@TempDir
	Path folder;

	/** A table of 100 rows of a maintenance log written out column by column. */
	private static Table maintenanceLog() {
		Schema schema = Schema.of(Column.of("UDI", ColumnType.INT), Column.of("serial", ColumnType.INT),
				Column.of("torque", ColumnType.DOUBLE), Column.of("tool_wear", ColumnType.INT),
				Column.of("failed", ColumnType.INT), Column.of("grade", ColumnType.INT),
				Column.of("offset", ColumnType.INT), Column.of("type", ColumnType.STRING),
				Column.of("line_id", ColumnType.INT), Column.of("alarm", ColumnType.BOOLEAN),
				Column.of("speed_step", ColumnType.DOUBLE));
		TableBuilder builder = new TableBuilder(schema);
		SplittableRandom random = new SplittableRandom(5);
		for (int row = 0; row < 100; row++) {
			builder.addRow(row + 1, 5000 + row, 40 + 10 * random.nextGaussian(), random.nextInt(250),
					random.nextInt(30) == 0 ? 1 : 0, random.nextInt(4), random.nextInt(5) - 2,
					new String[] { "L", "M", "H" }[random.nextInt(3)], random.nextInt(2), random.nextBoolean(),
					(double) (1 + random.nextInt(3)));
		}
		return builder.build();
	}

	@Test
	void aMaintenanceLogGetsTheKindsSdvWouldGiveIt() {
		TableMetadata metadata = TableMetadata.detect(maintenanceLog());
		Map<String, ColumnKind> expected = new java.util.LinkedHashMap<>();
		expected.put("UDI", ColumnKind.ID); // unique whole numbers from 1: the first key candidate
		expected.put("serial", ColumnKind.NUMERICAL); // unique too, but only the first candidate becomes the key
		expected.put("torque", ColumnKind.NUMERICAL); // fractions
		expected.put("tool_wear", ColumnKind.NUMERICAL); // whole, but far more than 10 values
		expected.put("failed", ColumnKind.CATEGORICAL); // a 0/1 flag
		expected.put("grade", ColumnKind.CATEGORICAL); // 4 levels of 100 rows
		expected.put("offset", ColumnKind.NUMERICAL); // 5 levels, but negative ones
		expected.put("type", ColumnKind.CATEGORICAL); // text of 3 values
		expected.put("line_id", ColumnKind.ID); // named as an id, whatever it holds
		expected.put("alarm", ColumnKind.CATEGORICAL); // pandas' bool, which SDV makes categorical
		expected.put("speed_step", ColumnKind.CATEGORICAL); // 1.0, 2.0, 3.0: whole numbers stored as doubles
		assertEquals(expected, metadata.columns());
		assertEquals("UDI", metadata.primaryKey());
	}

	@Test
	void theCategoryLimitIsATenthOfTheRowsRoundedHalfToEvenAndAtMostTen() {
		// 25 rows: round(2.5) = 2 in Python, so 2 levels are categorical and 3 are not
		assertEquals(ColumnKind.CATEGORICAL, kindOfLevels(25, 2));
		assertEquals(ColumnKind.NUMERICAL, kindOfLevels(25, 3));
		// 35 rows: round(3.5) = 4
		assertEquals(ColumnKind.CATEGORICAL, kindOfLevels(35, 4));
		// 1,000 rows: at most 10 levels, whatever the length
		assertEquals(ColumnKind.CATEGORICAL, kindOfLevels(1000, 10));
		assertEquals(ColumnKind.NUMERICAL, kindOfLevels(1000, 11));
		// 5 rows or fewer: too few to tell, numbers stay numerical and nothing is a key
		assertEquals(ColumnKind.NUMERICAL, kindOfLevels(5, 1));
	}

	private static ColumnKind kindOfLevels(int rows, int levels) {
		TableBuilder builder = new TableBuilder(Schema.of(Column.of("level", ColumnType.INT),
				Column.of("value", ColumnType.DOUBLE)));
		for (int row = 0; row < rows; row++) {
			// every level appears, and the level column is never unique, so it is never a key
			builder.addRow(row % levels, row * 0.5);
		}
		return TableMetadata.detect(builder.build()).columns().get("level");
	}

	@Test
	void uniqueTextIsAKeyAndColumnNamesAreSplitAsSdvSplitsThem() {
		TableBuilder builder = new TableBuilder(Schema.of(Column.of("valid", ColumnType.DOUBLE),
				Column.of("Product ID", ColumnType.STRING), Column.of("productId", ColumnType.DOUBLE),
				Column.of("code", ColumnType.STRING)));
		for (int row = 0; row < 20; row++) {
			builder.addRow(row * 0.1, "M" + (14860 + row), row * 0.3, "c" + row);
		}
		TableMetadata metadata = TableMetadata.detect(builder.build());
		assertEquals(ColumnKind.NUMERICAL, metadata.columns().get("valid"), "'valid' holds 'id' but not as a word");
		assertEquals(ColumnKind.ID, metadata.columns().get("Product ID"));
		assertEquals(ColumnKind.ID, metadata.columns().get("productId"), "camel case: product, Id");
		assertEquals(ColumnKind.CATEGORICAL, metadata.columns().get("code"), "unique text after the key");
		assertEquals("Product ID", metadata.primaryKey());
	}

	@Test
	void aTableWithoutAKeyHasNoPrimaryKey() {
		TableMetadata metadata = TableMetadata.detect(Tables.doubles(Tables.line(30, 0.5, 1), Tables.constant(30, 2)));
		assertNull(metadata.primaryKey());
		assertEquals(ColumnKind.NUMERICAL, metadata.columns().get("a"), "fractions are never categorical");
		assertEquals(ColumnKind.CATEGORICAL, metadata.columns().get("b"), "one whole value is one category");
	}

	@Test
	void scoredWithDetectedKindsIdsAreLeftOutAndFlagsCompareByFrequency() {
		Table log = maintenanceLog();
		ScoringOptions options = ScoringOptions.defaults().withMetadata(TableMetadata.detect(log));
		QualityReport report = QualityScoring.score(log, log, options);
		assertTrue(report.column("UDI").isEmpty() && report.column("line_id").isEmpty(), "ids are not scored");
		assertEquals(List.of("UDI", "line_id"), report.notes(NoteKind.ID_COLUMN).stream().map(n -> n.subject())
				.toList());
		assertEquals("TVComplement", report.column("failed").orElseThrow().metric());
		assertEquals(ColumnKind.CATEGORICAL, report.column("failed").orElseThrow().kind());
		assertEquals("KSComplement", report.column("torque").orElseThrow().metric());
		assertEquals("ContingencySimilarity", report.pair("failed", "type").orElseThrow().metric());
		assertEquals(1.0, report.column("speed_step").orElseThrow().score(), 1e-12, "a table against itself");

		QualityReport byTypes = QualityScoring.score(log, log, ScoringOptions.defaults());
		assertEquals("KSComplement", byTypes.column("failed").orElseThrow().metric(), "without metadata: the types");
		assertFalse(byTypes.notes(NoteKind.ID_COLUMN).size() > 0);
	}

	@Test
	void fewValuedTextOfAParquetFileWithoutADictionaryIsCategorical() throws IOException {
		TableBuilder builder = new TableBuilder(Schema.of(Column.of("type", ColumnType.STRING),
				Column.of("torque", ColumnType.DOUBLE)));
		SplittableRandom random = new SplittableRandom(9);
		for (int row = 0; row < 300; row++) {
			builder.addRow(new String[] { "L", "M", "H" }[random.nextInt(3)], 40 + random.nextGaussian());
		}
		Path file = folder.resolve("plain.parquet");
		TableFormats.standard().write(builder.build(), file);
		Table read = TableFormats.standard().read(file, ReadOptions.defaults()).table();
		assertEquals(ColumnType.STRING, read.schema().column("type").type(), "plain UTF-8 text, read as text");
		QualityReport report = QualityScoring.score(read, read, ScoringOptions.defaults()
				.withMetadata(TableMetadata.detect(read)));
		assertEquals("TVComplement", report.column("type").orElseThrow().metric(), "scored, not dropped as free text");
		assertTrue(report.notes(NoteKind.TEXT_COLUMN).isEmpty());
	}
}
