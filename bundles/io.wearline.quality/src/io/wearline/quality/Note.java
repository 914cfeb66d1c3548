package io.wearline.quality;

import java.util.Objects;

/**
 * A remark of a {@link QualityReport}: a column that was not scored and why, a subsample, a missing holdout.
 *
 * @param kind what the note is about; its Javadoc states the rule that was applied
 * @param subject the column, pair ({@code a / b}), table or metric concerned
 * @param message a sentence for people: what is wrong and what to change
 */
public record Note(NoteKind kind, String subject, String message) {
	/** Checks that every part is there. */
	public Note {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(message, "message");
	}

	@Override
	public String toString() {
		return kind + " " + subject + ": " + message;
	}
}
