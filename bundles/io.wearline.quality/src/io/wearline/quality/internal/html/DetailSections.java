package io.wearline.quality.internal.html;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.wearline.quality.ColumnKind;
import io.wearline.quality.ContributedResult;
import io.wearline.quality.Note;
import io.wearline.quality.NoteKind;
import io.wearline.quality.PrivacyResult;
import io.wearline.quality.QualityReport;
import io.wearline.quality.QualityThresholds;
import io.wearline.quality.QualityVerdict;
import io.wearline.quality.SequenceResult;
import io.wearline.quality.TableMetadata;
import io.wearline.quality.TrainingSource;
import io.wearline.quality.UtilityResult;
import io.wearline.quality.internal.Figures;

/** The sections below the charts: utility, privacy, sequence fidelity, contributed metrics, notes, sources. */
final class DetailSections {
	private DetailSections() {
	}

	static void utility(Html html, QualityReport report, QualityVerdict verdict) {
		html.element("h2", "Utility: train on synthetic, test on real", "id", "utility").newline();
		if (report.utility() == null) {
			html.element("p", "Not measured. Utility trains a model on synthetic rows and one on real rows and tests"
					+ " both on held-out real rows; ask for it (wearline score --utility).", "class", "muted");
			return;
		}
		html.element("p", String.format(Locale.ROOT, "Utility score %s: 1 minus the largest drop of a target's R² or"
				+ " F1 from the model trained on real rows to the one trained on synthetic rows. Measured in %.1f s.",
				Figures.score(verdict.scores().utility()), report.utility().seconds()));
		if (report.utility().results().isEmpty()) {
			html.element("p", "No target could be measured; the notes say why.", "class", "fail");
			return;
		}
		table(html, "target", "task", "model", "metric", "trained on real", "trained on synthetic", "drop",
				"second metric", "real", "synthetic", "rows (real / synthetic / test)");
		for (UtilityResult result : report.utility().results()) {
			row(html, result.target(), result.task().name().toLowerCase(Locale.ROOT), result.model(),
					result.primaryMetric(), Figures.score(result.realPrimary()), Figures.score(result.syntheticPrimary()),
					Figures.score(result.realPrimary() - result.syntheticPrimary()), result.secondaryMetric(),
					Figures.value(result.realSecondary()), Figures.value(result.syntheticSecondary()),
					String.format(Locale.ROOT, "%,d / %,d / %,d", result.realTrainingRows(),
							result.syntheticTrainingRows(), result.testRows()));
		}
		html.close("table").newline();
	}

	static void privacy(Html html, QualityReport report, QualityVerdict verdict) {
		PrivacyResult privacy = report.privacy();
		html.element("h2", "Privacy: distance to the closest real record", "id", "privacy").newline();
		if (Double.isNaN(privacy.exactCopies())) {
			html.element("p", "Not measured: there are no rows or no shared columns.", "class", "muted");
			return;
		}
		html.element("p", Double.isNaN(privacy.score())
				? "No real holdout was given, so the DCR comparison is not measured; exact copies are."
				: "DCR overfitting protection " + Figures.score(privacy.score()) + ": "
						+ Figures.percent(privacy.closerToTraining()) + " of synthetic rows are closer to the real"
						+ " training rows than to the real holdout (50% is what unseen real rows would give).");
		table(html, "figure", "value");
		row(html, "DCR overfitting protection", Figures.score(privacy.score()));
		row(html, "closer to training rows", Figures.percent(privacy.closerToTraining()));
		row(html, "median DCR to training rows", Figures.value(privacy.medianDcrTraining()));
		row(html, "median DCR to holdout rows", Figures.value(privacy.medianDcrHoldout()));
		row(html, "exact copies of training rows", Figures.percent(privacy.exactCopies()));
		row(html, "rows compared (synthetic / training / holdout)", String.format(Locale.ROOT, "%,d / %,d / %,d",
				privacy.syntheticRows(), privacy.trainingRows(), privacy.holdoutRows()));
		row(html, "columns compared", Integer.toString(privacy.columns()));
		html.close("table").newline();
	}

	static void sequence(Html html, QualityReport report) {
		html.element("h2", "Sequence fidelity", "id", "sequence").newline();
		SequenceResult sequence = report.sequence();
		if (sequence == null) {
			html.element("p", "The real table has no unit and cycle columns ('" + report.options().unitColumn()
					+ "', '" + report.options().cycleColumn() + "'), so it holds no run-to-failure sequences to"
					+ " compare.", "class", "muted");
			return;
		}
		if (!sequence.syntheticHasSequence()) {
			html.element("p", "The synthetic rows carry no sequence: they do not form units of several cycles, so"
					+ " only the life lengths are compared.", "class", "fail");
			for (Note note : report.notes(NoteKind.NO_SEQUENCE)) {
				html.element("p", note.message(), "class", "muted");
			}
		}
		html.element("p", String.format(Locale.ROOT, "Sequence score %s. %d real units (median life %s cycles), %d"
				+ " synthetic units (median life %s); life lengths KS complement %s.", Figures.score(sequence.score()),
				sequence.realUnits(), Figures.value(sequence.realMedianLife()), sequence.syntheticUnits(),
				Figures.value(sequence.syntheticMedianLife()), Figures.score(sequence.lifeLength())));
		if (sequence.columns().isEmpty()) {
			return;
		}
		table(html, "column", "slope per cycle, real", "synthetic", "trend score", "lag-1 autocorrelation, real",
				"synthetic", "autocorrelation score");
		for (SequenceResult.SequenceColumn column : sequence.columns()) {
			row(html, column.column(), Figures.value(column.realSlope()), Figures.value(column.syntheticSlope()),
					Figures.score(column.trendScore()), Figures.twoDecimals(column.realAutocorrelation()),
					Figures.twoDecimals(column.syntheticAutocorrelation()), Figures.score(column.autocorrelationScore()));
		}
		html.close("table").newline();
	}

	static void contributed(Html html, QualityReport report) {
		if (report.contributed().isEmpty()) {
			return;
		}
		html.element("h2", "Contributed metrics", "id", "contributed").newline();
		table(html, "metric", "from", "score", "summary");
		for (ContributedResult result : report.contributed()) {
			row(html, result.name(), result.contributor(), result.failed() ? "failed" : Figures.score(result.score()),
					result.summary());
		}
		html.close("table").newline();
	}

	static void notes(Html html, QualityReport report) {
		html.element("h2", "Notes", "id", "notes").newline();
		if (report.notes().isEmpty()) {
			html.element("p", "None: every column was scored as it is.", "class", "muted");
			return;
		}
		html.open("ul").newline();
		for (Note note : report.notes()) {
			html.open("li").element("strong", note.kind().name()).text(" " + note.subject() + ": " + note.message())
					.close("li").newline();
		}
		html.close("ul").newline();
	}

	static void sources(Html html, QualityReport report, Map<String, String> sources, QualityThresholds thresholds) {
		html.element("h2", "Inputs and settings", "id", "inputs").newline();
		table(html, "what", "value");
		for (Map.Entry<String, String> source : sources.entrySet()) {
			row(html, source.getKey(), source.getValue());
		}
		row(html, "thresholds", thresholds.toString());
		row(html, "correlation coefficient", report.options().coefficient().name().toLowerCase(Locale.ROOT));
		row(html, "pair thresholds (real |r|, Cramér's V)", Figures.value(report.options().correlationThreshold())
				+ ", " + Figures.value(report.options().associationThreshold()));
		row(html, "subsample seed", Long.toString(report.options().seed()));
		row(html, "training rows", report.options().trainingSource() == TrainingSource.SIMULATED
				? "simulated: privacy is information, not a threshold" : "real: privacy is a threshold");
		TableMetadata metadata = report.options().metadata();
		if (metadata != null) {
			for (ColumnKind kind : ColumnKind.values()) {
				List<String> names = metadata.columnsOf(kind);
				if (!names.isEmpty()) {
					row(html, "columns of kind " + kind.sdtype() + (kind.isScored() ? "" : " (not scored)"),
							String.join(", ", names));
				}
			}
			row(html, "column kinds from", metadata.origin());
		}
		html.close("table").newline();
	}

	private static void table(Html html, String... headings) {
		html.open("table").open("tr");
		for (String heading : headings) {
			html.element("th", heading);
		}
		html.close("tr").newline();
	}

	private static void row(Html html, String... cells) {
		html.open("tr");
		for (int i = 0; i < cells.length; i++) {
			boolean number = i > 0 && cells[i].matches("[-0-9.,%/ ]+|n/a");
			html.element("td", cells[i], "class", number ? "num" : null);
		}
		html.close("tr").newline();
	}
}
