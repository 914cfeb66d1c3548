package io.wearline.core.internal;

import java.util.List;

import io.wearline.core.ProfileProblem.Severity;
import io.wearline.dsl.ProfileIssue;

/**
 * Turns the validator's issues into problems at the place the user has to change: the line and column of the
 * profile language (the validator knows them), the field of a JSON or YAML file or the cell of a workbook (the
 * source map knows them), or, for a profile built in memory, the JSON pointer of the field. Message and code
 * stay the validator's, so they are the same in every format.
 */
public final class IssueTranslation {
	private final Findings findings;
	private final SourceMap places;

	public IssueTranslation(Findings findings, SourceMap places) {
		this.findings = findings;
		this.places = places;
	}

	/** Adds every issue to the findings. */
	public void addAll(List<ProfileIssue> issues) {
		for (ProfileIssue issue : issues) {
			String feature = issue.element() == null ? null : JsonPointer.of(issue.element(), issue.feature());
			findings.add(placeOf(issue), severityOf(issue), issue.code(), issue::message,
					new Findings.Region(issue.offset(), issue.length(), feature, issue.data()));
		}
	}

	private Place placeOf(ProfileIssue issue) {
		if (issue.line() > 0) {
			return Place.text(issue.line(), issue.column());
		}
		Place place = places.find(issue.element(), issue.feature());
		if (place != null) {
			return place;
		}
		return issue.element() == null ? Place.WHOLE_FILE
				: Place.pointer(JsonPointer.of(issue.element(), issue.feature()));
	}

	private static Severity severityOf(ProfileIssue issue) {
		return switch (issue.severity()) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		case INFO -> Severity.INFO;
		};
	}
}
