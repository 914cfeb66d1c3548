package io.wearline.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wearline.data.Table;
import io.wearline.quality.ColumnKind;
import io.wearline.quality.QualityReport;
import io.wearline.quality.QualityScoring;
import io.wearline.quality.ScoringOptions;
import io.wearline.quality.TableMetadata;
import io.wearline.quality.TableMetadataJson;

/**
 * The FD001 fixture with metadata: given SDMetrics' own metadata (every column numerical, as the fixture was
 * scored) through an SDV metadata file, the scores agree with SDMetrics within 0.005; detected as SDV would detect
 * them, the columns that hold one whole number (os3 = 100, s18 = 2388, s19 = 100) are categorical instead.
 */
class SdmetricsMetadataTest {
	private static final double TOLERANCE = 0.005;
	@TempDir
	Path folder;

	@Test
	void withTheFixturesMetadataFromAFileTheScoresAgreeWithSdmetrics() throws IOException {
		StringBuilder json = new StringBuilder("{\"columns\": {");
		for (String column : Fd001.COLUMNS) {
			json.append(column.equals("os1") ? "" : ", ").append('"').append(column).append("\": {\"sdtype\":"
					+ " \"numerical\"}");
		}
		Path file = folder.resolve("fd001.json");
		Files.writeString(file, json.append("}}").toString());
		Table real = Fd001.real();
		TableMetadata metadata = TableMetadataJson.read(file, real.schema());
		QualityReport report = QualityScoring.score(real, Fd001.synthetic(), ScoringOptions.defaults()
				.withMetadata(metadata));
		JsonNode expected = new ObjectMapper().readTree(Fd001.file("expected_quality.json").toFile())
				.get("quality_default");
		assertEquals(expected.get("overall").asDouble(), report.overall(), TOLERANCE);
		assertEquals(expected.get("properties").get("Column Shapes").asDouble(), report.properties().columnShapes(),
				TOLERANCE);
		assertEquals(expected.get("pairs_scored").asInt(), report.properties().pairsScored());
		assertEquals(24, report.columns().size());
	}

	@Test
	void detectedAsSdvDetectsThemOneValuedWholeColumnsAreCategorical() {
		TableMetadata detected = TableMetadata.detect(Fd001.real());
		assertEquals(List.of("os3", "s18", "s19"), detected.columnsOf(ColumnKind.CATEGORICAL));
		assertEquals(21, detected.columnsOf(ColumnKind.NUMERICAL).size());
		assertEquals(null, detected.primaryKey());
	}
}
