package io.wearline.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wearline.quality.ColumnResult;
import io.wearline.quality.PairResult;
import io.wearline.quality.QualityReport;
import io.wearline.quality.QualityScoring;
import io.wearline.quality.ScoringOptions;

/**
 * Agreement with SDMetrics 0.29.0 on C-MAPSS FD001 against a peer TVAE (the fixture of {@code data/fd001}): every
 * column score, every pair score and both overall scores within 0.005, and the same pairs left unscored for
 * constant columns, with SDMetrics' message.
 */
class SdmetricsAgreementTest {
	private static final double TOLERANCE = 0.005;
	private static QualityReport defaults;
	private static QualityReport allPairs;
	private static JsonNode expected;

	@BeforeAll
	static void score() throws IOException {
		defaults = QualityScoring.score(Fd001.real(), Fd001.synthetic(), ScoringOptions.defaults());
		allPairs = QualityScoring.score(Fd001.real(), Fd001.synthetic(), ScoringOptions.defaults().withThresholds(0, 0));
		expected = new ObjectMapper().readTree(Fd001.file("expected_quality.json").toFile());
	}

	@Test
	void everyColumnScoreAgrees() throws IOException {
		List<String> lines = Files.readAllLines(Fd001.file("expected_column_shapes.csv"));
		assertEquals(25, lines.size(), "header and 24 columns");
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",");
			ColumnResult column = defaults.column(fields[1]).orElseThrow();
			assertEquals(fields[2], column.metric(), fields[1]);
			assertEquals(Double.parseDouble(fields[3]), column.score(), TOLERANCE, fields[1]);
		}
		assertEquals(24, defaults.columns().size());
	}

	@Test
	void everyPairScoreAgreesAndConstantPairsAreNotScored() throws IOException {
		List<String> lines = Files.readAllLines(Fd001.file("expected_column_pairs.csv"));
		assertEquals(277, lines.size(), "header and 276 pairs");
		int constantPairs = 0;
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",", 10);
			String label = fields[1] + " / " + fields[2];
			PairResult pair = allPairs.pair(fields[1], fields[2]).orElseThrow(() -> new AssertionError(label));
			assertEquals(fields[3], pair.metric(), label);
			if (fields[4].isEmpty()) {
				constantPairs++;
				assertEquals(unquote(fields[9]), pair.error(), label);
				assertTrue(Double.isNaN(pair.score()), label);
				assertFalse(pair.countsInAllPairs() || pair.meetsThreshold(), label);
				assertFalse(defaults.pair(fields[1], fields[2]).orElseThrow().meetsThreshold(), label);
			} else {
				assertNull(pair.error(), label);
				assertEquals(Double.parseDouble(fields[4]), pair.score(), TOLERANCE, label);
				assertEquals(Double.parseDouble(fields[5]), pair.realPearson(), TOLERANCE, label);
				assertEquals(Double.parseDouble(fields[6]), pair.syntheticPearson(), TOLERANCE, label);
				assertTrue(pair.countsInAllPairs(), label);
			}
		}
		assertEquals(140, constantPairs, "pairs with one of the 7 constant real columns: 276 - 17 * 16 / 2");
		assertEquals(276, allPairs.pairs().size());
	}

	@Test
	void overallScoresAgreeWithDefaultThresholdsAndWithEveryPair() {
		JsonNode sdDefault = expected.get("quality_default");
		JsonNode sdAll = expected.get("quality_all_pairs");
		assertEquals(sdDefault.get("overall").asDouble(), defaults.overall(), TOLERANCE);
		assertEquals(sdDefault.get("properties").get("Column Shapes").asDouble(), defaults.properties().columnShapes(),
				TOLERANCE);
		assertEquals(sdDefault.get("properties").get("Column Pair Trends").asDouble(),
				defaults.properties().columnPairTrends(), TOLERANCE);
		assertEquals(sdDefault.get("pairs_scored").asInt(), defaults.properties().pairsScored());
		assertEquals(sdAll.get("overall").asDouble(), allPairs.overall(), TOLERANCE);
		assertEquals(sdAll.get("properties").get("Column Pair Trends").asDouble(),
				allPairs.properties().columnPairTrends(), TOLERANCE);
		assertEquals(sdAll.get("pairs_scored").asInt(), allPairs.properties().pairsScored());
		// one report carries both: the all-pairs figure does not depend on the thresholds
		assertEquals(sdAll.get("overall").asDouble(), defaults.overallAllPairs(), TOLERANCE);
		assertEquals(allPairs.overall(), allPairs.overallAllPairs(), 1e-15);
	}

	@Test
	void constantRealColumnsAreNotedAndTheirShapesStillScored() {
		for (String constant : List.of("os3", "s1", "s5", "s10", "s16", "s18", "s19")) {
			ColumnResult column = defaults.column(constant).orElseThrow();
			assertTrue(column.constantReal(), constant);
			assertTrue(column.isScored(), constant);
			assertTrue(defaults.notes().stream().anyMatch(n -> n.subject().equals(constant)
					&& n.kind() == io.wearline.quality.NoteKind.CONSTANT_COLUMN), constant);
		}
		assertFalse(defaults.column("s6").orElseThrow().constantReal(), "s6 varies a little: 21.60 and 21.61");
		assertNotNull(defaults.privacy());
	}

	private static String unquote(String field) {
		return field.startsWith("\"") ? field.substring(1, field.length() - 1) : field;
	}
}
