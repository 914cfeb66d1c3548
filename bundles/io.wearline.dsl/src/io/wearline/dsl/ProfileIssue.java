package io.wearline.dsl;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One finding about a profile: a syntax error or an issue of the validator.
 *
 * @param severity how bad it is; only errors make a profile invalid
 * @param code an {@link io.wearline.dsl.validation.IssueCodes} code
 * @param message what is wrong and what to change
 * @param data the issue data (for quick fixes: a corrected id, the units that fit, ...); may be empty
 * @param element the element the issue is about, or {@code null} for a syntax error
 * @param feature the element's feature the issue is about, or {@code null} when it concerns the whole element
 * @param line the 1-based line in the text, or 0 when the profile was not parsed from text
 * @param column the 1-based column in the text, or 0 when the profile was not parsed from text
 * @param offset the 0-based character offset in the text where the issue's region begins, or -1 when the profile
 *        was not parsed from text; with {@code length}, the region an editor marks and a quick fix edits
 * @param length the region's length in characters, 0 when unknown
 */
public record ProfileIssue(Severity severity, String code, String message, List<String> data, EObject element,
		EStructuralFeature feature, int line, int column, int offset, int length) {

	/** How bad an issue is. */
	public enum Severity {
		ERROR, WARNING, INFO
	}

	public ProfileIssue {
		data = List.copyOf(data);
	}

	/** An issue without a region of the text (a profile not parsed from text). */
	public ProfileIssue(Severity severity, String code, String message, List<String> data, EObject element,
			EStructuralFeature feature, int line, int column) {
		this(severity, code, message, data, element, feature, line, column, -1, 0);
	}

	/** Whether this issue makes the profile invalid. */
	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** {@code line:column: severity: message [code]}, or without the place when there is none. */
	@Override
	public String toString() {
		String place = line > 0 ? line + ":" + column + ": " : "";
		return place + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message + " [" + code + "]";
	}
}
