package io.wearline.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.wearline.data.AtomicFile;
import io.wearline.quality.internal.html.QualityPage;

/**
 * Writes a {@link QualityReport} as one self-contained HTML page ({@code reports/quality.html}) that opens offline in
 * any browser: no script, no external style sheet, font or image; charts are inline SVG. From the top: pass or fail
 * against the thresholds and a card per score (overall with SDMetrics' thresholds and with every pair, Column
 * Shapes, Column Pair Trends, utility and privacy when measured, sequence); the worst columns and pairs with a
 * sentence each ({@link QualityFindings}); every column's histogram, real against synthetic, worst first; the real
 * and synthetic correlation heatmaps side by side with their difference, and the pairs worst first; utility,
 * privacy and sequence fidelity tables; contributed metrics; notes; inputs and settings. The page is well-formed
 * XML (every element closed, every text escaped), so tools can read it too. Files are replaced atomically
 * ({@link AtomicFile}).
 */
public final class QualityReportHtml {
	private QualityReportHtml() {
	}

	/** Writes the page, checking the scores against {@link QualityThresholds#defaults()}. */
	public static void write(QualityReport report, Map<String, String> sources, Path file) throws IOException {
		write(report, sources, QualityThresholds.defaults(), file);
	}

	/**
	 * Writes the page to a file, replacing it atomically.
	 *
	 * @param report the report
	 * @param sources what was scored, by role ({@code real}, {@code synthetic}, {@code holdout}, {@code machine}),
	 *        shown as given; may be empty
	 * @param thresholds the thresholds the summary checks
	 * @param file the file, usually {@code <machine>/reports/quality.html}; missing folders are created
	 * @throws IOException when the file cannot be written; the previous file is then unchanged
	 */
	public static void write(QualityReport report, Map<String, String> sources, QualityThresholds thresholds,
			Path file) throws IOException {
		AtomicFile.write(file, toHtml(report, sources, thresholds).getBytes(StandardCharsets.UTF_8));
	}

	/** The page as text. */
	public static String toHtml(QualityReport report, Map<String, String> sources, QualityThresholds thresholds) {
		return QualityPage.render(report, sources, thresholds, version());
	}

	static String version() {
		Bundle bundle = FrameworkUtil.getBundle(QualityReportHtml.class);
		return bundle == null ? "(not in OSGi)" : bundle.getVersion().toString();
	}
}
