package io.wearline.quality;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.wearline.data.AtomicFile;
import io.wearline.quality.internal.RecordJson;

/**
 * Writes a {@link QualityReport} as JSON ({@code reports/quality.json}): every figure of the report, named as
 * the record components are, with a header that says what made it: the format, the version of this bundle, the
 * SDMetrics version whose scores it reproduces and the sources the caller names (file paths, machine ids). NaN and
 * infinite figures are written as null, since JSON has no NaN. Files are replaced atomically ({@link AtomicFile}).
 */
public final class QualityReportJson {
	/** The value of the {@code format} field. */
	public static final String FORMAT = "wearline-quality-report";
	/** The version of the layout; raised when a field changes meaning or disappears. */
	public static final int FORMAT_VERSION = 1;
	/** The SDMetrics version whose single-table quality report the scores reproduce. */
	public static final String SDMETRICS_VERSION = "0.29.0";
	private static final JsonFactory FACTORY = new JsonFactory();

	private QualityReportJson() {
	}

	/**
	 * Writes the report to a file, replacing it atomically.
	 *
	 * @param report the report
	 * @param sources what was scored, by role ({@code real}, {@code synthetic}, {@code holdout}, ...), written as
	 *        given; may be empty
	 * @param file the file, usually {@code <machine>/reports/quality.json}; missing folders are created
	 * @throws IOException when the file cannot be written; the previous file is then unchanged
	 */
	public static void write(QualityReport report, Map<String, String> sources, Path file) throws IOException {
		AtomicFile.write(file, out -> write(report, sources, out));
	}

	/** The report as JSON text, pretty-printed. */
	public static String toJson(QualityReport report, Map<String, String> sources) {
		StringWriter text = new StringWriter();
		try (JsonGenerator json = FACTORY.createGenerator(text)) {
			write(report, sources, json);
		} catch (IOException e) {
			throw new UncheckedIOException("writing JSON to a string failed", e);
		}
		return text.toString();
	}

	private static void write(QualityReport report, Map<String, String> sources, OutputStream out) throws IOException {
		try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
			json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
			write(report, sources, json);
		}
	}

	private static void write(QualityReport report, Map<String, String> sources, JsonGenerator json)
			throws IOException {
		json.useDefaultPrettyPrinter();
		json.writeStartObject();
		json.writeStringField("format", FORMAT);
		json.writeNumberField("formatVersion", FORMAT_VERSION);
		json.writeObjectFieldStart("versions");
		json.writeStringField("wearlineQuality", bundleVersion());
		json.writeStringField("sdmetricsReproduced", SDMETRICS_VERSION);
		json.writeStringField("java", System.getProperty("java.version"));
		json.writeEndObject();
		json.writeObjectFieldStart("sources");
		for (Map.Entry<String, String> source : sources.entrySet()) {
			json.writeStringField(source.getKey(), source.getValue());
		}
		json.writeEndObject();
		RecordJson.fields(report, json);
		json.writeEndObject();
	}

	private static String bundleVersion() {
		Bundle bundle = FrameworkUtil.getBundle(QualityReportJson.class);
		return bundle == null ? "unknown (not in OSGi)" : bundle.getVersion().toString();
	}
}
