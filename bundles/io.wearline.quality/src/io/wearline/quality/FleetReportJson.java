package io.wearline.quality;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.wearline.data.AtomicFile;
import io.wearline.quality.internal.RecordJson;

/**
 * Writes a {@link FleetReport} as JSON ({@code fleet-report.json} in the workspace): a header (format, version),
 * the counts per status and whether the fleet passed, then every field of the report named as the record
 * components are: the thresholds, and per machine its status, scores, failed checks, message and the path of its
 * HTML report. NaN is written as null. The file is replaced atomically.
 */
public final class FleetReportJson {
	/** The value of the {@code format} field. */
	public static final String FORMAT = "wearline-fleet-report";
	/** The version of the layout; raised when a field changes meaning or disappears. */
	public static final int FORMAT_VERSION = 1;
	private static final JsonFactory FACTORY = new JsonFactory();

	private FleetReportJson() {
	}

	/**
	 * Writes the report, replacing the file atomically.
	 *
	 * @throws IOException when the file cannot be written; the previous file is then unchanged
	 */
	public static void write(FleetReport report, Path file) throws IOException {
		AtomicFile.write(file, out -> {
			try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
				json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
				json.useDefaultPrettyPrinter();
				json.writeStartObject();
				json.writeStringField("format", FORMAT);
				json.writeNumberField("formatVersion", FORMAT_VERSION);
				json.writeBooleanField("passed", report.passed());
				json.writeObjectFieldStart("counts");
				for (FleetEntry.Status status : FleetEntry.Status.values()) {
					json.writeNumberField(status.name(), report.count(status));
				}
				json.writeEndObject();
				RecordJson.fields(report, json);
				json.writeEndObject();
			}
		});
	}
}
