package io.wearline.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The headline figures of a machine's last quality report read back from {@code reports/quality.json}, as
 * {@code wearline machines}, {@code wearline status} and the workbench show them. Beside the report's writer
 * ({@link QualityReportJson}), so that the two change together.
 */
public final class ReportFigures {
	private static final ObjectMapper JSON = new ObjectMapper();

	private ReportFigures() {
	}

	/**
	 * The overall score and the numeric figures of the report's {@code properties} (shapes, pairs ...), by name;
	 * empty when there is no report or it cannot be read. When the report measured fidelity against unseen rows
	 * too ({@code holdoutFidelity}, simulated training data), those are the headline, as in the verdict and the
	 * build's table, and the overall against the training rows follows as {@code overallTrainingRows}.
	 */
	public static Map<String, Double> of(Path reportsFolder) {
		Path file = reportsFolder.resolve("quality.json");
		Map<String, Double> figures = new LinkedHashMap<>();
		if (!Files.isRegularFile(file)) {
			return figures;
		}
		try {
			JsonNode report = JSON.readTree(file.toFile());
			JsonNode headline = report.path("holdoutFidelity").path("overall").isNumber() ? report.path("holdoutFidelity")
					: report;
			if (headline.path("overall").isNumber()) {
				figures.put("overall", headline.path("overall").asDouble());
			}
			if (headline != report && report.path("overall").isNumber()) {
				figures.put("overallTrainingRows", report.path("overall").asDouble());
			}
			headline.path("properties").properties().forEach(field -> {
				if (field.getValue().isNumber()) {
					figures.put(field.getKey(), field.getValue().asDouble());
				}
			});
		} catch (IOException e) {
			// a damaged or half-written report has no figures to show
		}
		return figures;
	}

	/** The overall score of the last report, if there is one. */
	public static Optional<Double> overall(Path reportsFolder) {
		return Optional.ofNullable(of(reportsFolder).get("overall"));
	}
}
