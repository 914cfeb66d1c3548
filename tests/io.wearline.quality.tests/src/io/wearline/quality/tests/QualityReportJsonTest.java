package io.wearline.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wearline.quality.QualityReport;
import io.wearline.quality.QualityReportJson;
import io.wearline.quality.QualityScoring;
import io.wearline.quality.ScoringOptions;

/** quality.json holds every figure of the report, NaN as null, and is written atomically. */
class QualityReportJsonTest {
	@TempDir
	Path folder;

	@Test
	void theFileHoldsTheReportsFiguresAndSources() throws IOException {
		QualityReport report = QualityScoring.score(Fd001.real(), Fd001.synthetic(), ScoringOptions.defaults());
		Path file = folder.resolve("reports/quality.json");
		QualityReportJson.write(report, Map.of("real", "train_FD001.txt", "synthetic", "tvae.csv"), file);
		JsonNode json = new ObjectMapper().readTree(file.toFile());
		assertEquals(QualityReportJson.FORMAT, json.get("format").asText());
		assertEquals("0.29.0", json.get("versions").get("sdmetricsReproduced").asText());
		assertEquals("tvae.csv", json.get("sources").get("synthetic").asText());
		assertEquals(report.overall(), json.get("overall").asDouble(), 0);
		assertEquals(report.overallAllPairs(), json.get("overallAllPairs").asDouble(), 0);
		assertEquals(24, json.get("columns").size());
		assertEquals(276, json.get("pairs").size());
		assertEquals(20631, json.get("inputs").get("realRows").asInt());
		assertEquals(0.5, json.get("options").get("correlationThreshold").asDouble());
		JsonNode histogram = json.get("columns").get(0).get("histogram");
		assertEquals(20, histogram.get("real").size());
		double total = 0;
		for (JsonNode share : histogram.get("synthetic")) {
			total += share.asDouble();
		}
		assertEquals(1.0, total, 1e-9);
		JsonNode constantPair = json.get("pairs").get(1);
		assertEquals("os3", constantPair.get("column2").asText());
		assertTrue(constantPair.get("score").isNull(), "NaN is written as null");
		assertTrue(constantPair.get("error").asText().startsWith("ConstantInputError"));
		assertTrue(json.get("privacy").get("score").isNull(), "no holdout");
		assertTrue(json.get("sequence").isNull());
		assertTrue(json.get("notes").size() >= 7);
		try (var files = Files.list(file.getParent())) {
			assertEquals(1, files.count(), "no temporary file is left beside it");
		}
	}
}
