package io.wearline.batch.command;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.wearline.core.ProfileProblem;
import io.wearline.core.ProfileProblem.Severity;

/**
 * The JSON document of {@code wearline validate --json}, for tools:
 *
 * <pre>
 * { "files":    [ { "file", "format", "valid", "errors", "warnings" } ],
 *   "problems": [ { "file", "location", "severity", "message", "code" } ],
 *   "summary":  { "profiles", "valid", "invalid", "errors", "warnings", "millis" } }
 * </pre>
 *
 * Files and problems come in the order of the text output; severities are lower case as in the text output;
 * locations are written as core gives them ({@code line:column}, or {@code Sheet!C4} for XLSX).
 */
final class ValidationReport {
	private final ObjectMapper mapper = new ObjectMapper();

	/** The document, pretty-printed. */
	String toJson(List<ProfileVerdict> verdicts, ValidationSummary summary) {
		ObjectNode root = mapper.createObjectNode();
		ArrayNode files = root.putArray("files");
		ArrayNode problems = root.putArray("problems");
		for (ProfileVerdict verdict : verdicts) {
			ObjectNode file = files.addObject();
			file.put("file", verdict.file().shownName());
			file.put("format", verdict.format() == null ? null : verdict.format().extension());
			file.put("valid", verdict.valid());
			file.put("errors", verdict.count(Severity.ERROR));
			file.put("warnings", verdict.count(Severity.WARNING));
			for (ProfileProblem problem : verdict.problems()) {
				ObjectNode entry = problems.addObject();
				entry.put("file", problem.source());
				entry.put("location", problem.location());
				entry.put("severity", problem.severity().name().toLowerCase(Locale.ROOT));
				entry.put("message", problem.message());
				entry.put("code", problem.code());
			}
		}
		ObjectNode totals = root.putObject("summary");
		totals.put("profiles", summary.profiles());
		totals.put("valid", summary.valid());
		totals.put("invalid", summary.invalid());
		totals.put("errors", summary.errors());
		totals.put("warnings", summary.warnings());
		totals.put("millis", summary.millis());
		try {
			return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
		} catch (JsonProcessingException e) {
			// a tree of strings and numbers always serializes; anything else is a bug
			throw new IllegalStateException(e);
		}
	}
}
