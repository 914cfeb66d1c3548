package io.wearline.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.wearline.data.AtomicFile;
import io.wearline.quality.internal.html.FleetPage;

/**
 * Writes a {@link FleetReport} as one self-contained HTML page ({@code fleet-report.html} in the workspace): pass
 * or fail and the counts, then a table with a row per machine (status, overall, Column Shapes, Column Pair Trends,
 * utility, privacy, what failed) and a small inline SVG bar chart of its scores against the thresholds, linked to
 * the machine's own {@code quality.html}. No script and no external resource; the file is replaced atomically.
 */
public final class FleetReportHtml {
	private FleetReportHtml() {
	}

	/**
	 * Writes the page, replacing the file atomically.
	 *
	 * @throws IOException when the file cannot be written; the previous file is then unchanged
	 */
	public static void write(FleetReport report, Path file) throws IOException {
		AtomicFile.write(file, toHtml(report).getBytes(StandardCharsets.UTF_8));
	}

	/** The page as text. */
	public static String toHtml(FleetReport report) {
		return FleetPage.render(report, QualityReportHtml.version());
	}
}
