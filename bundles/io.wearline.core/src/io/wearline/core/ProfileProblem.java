package io.wearline.core;

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
 */
public record ProfileProblem(String source, String location, Severity severity, String message, String code) {

	/** How bad a problem is. Only errors make a profile invalid. */
	public enum Severity {
		ERROR, WARNING, INFO
	}

	/**
	 * The same problem naming its file differently: core names a file as it was given (often an absolute path),
	 * while a command line names it as the user typed it.
	 */
	public ProfileProblem withSource(String otherSource) {
		return new ProfileProblem(otherSource, location, severity, message, code);
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
