package io.wearline.core;

import java.util.List;
import java.util.Locale;

import io.wearline.data.InputText;

/**
 * One finding about a profile: a syntax error, a validation issue or a refused input.
 *
 * @param source the file name as the user gave it
 * @param location where in the file: {@code line:column} (1-based) for DSL, JSON and YAML, {@code Sheet!C4}
 *        for XLSX, {@code 1:1} when the finding concerns the whole file
 * @param severity how bad it is
 * @param message what is wrong and what to change
 * @param code the issue code ({@link io.wearline.dsl.validation.IssueCodes} or a format code)
 * @param offset the 0-based character offset in a profile-language text where the problem's region begins (what
 *        an editor marks and a quick fix edits); -1 when not known (JSON, YAML, XLSX, a profile built in memory)
 * @param length the region's length in characters; 0 when not known
 * @param feature the JSON pointer of the element's feature the problem is about ({@code /sensors/2/nominal}), of
 *        the element when no feature is named ({@code /sensors/2}); {@code null} for a problem of the whole file
 *        or its syntax. A wizard page finds its field by it; its last part is the feature's name
 * @param data the data, for quick fixes (a corrected id, the units that fit ...); may be empty
 */
public record ProfileProblem(String source, String location, Severity severity, String message, String code,
		int offset, int length, String feature, List<String> data) {

	public ProfileProblem {
		data = data == null ? List.of() : List.copyOf(data);
	}

	/** A problem without a region, feature or data: a refused file, a syntax error of JSON, YAML or XLSX. */
	public ProfileProblem(String source, String location, Severity severity, String message, String code) {
		this(source, location, severity, message, code, -1, 0, null, List.of());
	}

	/** How bad a problem is. Only errors make a profile invalid. */
	public enum Severity {
		ERROR, WARNING, INFO
	}

	/**
	 * The same problem naming its file differently: core names a file as it was given (often an absolute path),
	 * while a command line names it as the user typed it.
	 */
	public ProfileProblem withSource(String otherSource) {
		return new ProfileProblem(otherSource, location, severity, message, code, offset, length, feature, data);
	}

	/**
	 * The line that {@code wearline validate} prints: {@code file:line:col: error: message [code]}; control
	 * characters that the file name or the message quote from the input are escaped.
	 */
	public String format() {
		return InputText.escaped(source) + ":" + location + ": " + severity.name().toLowerCase(Locale.ROOT) + ": "
				+ InputText.escapedKeepingLines(message) + " [" + code + "]";
	}
}
