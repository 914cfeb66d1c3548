package io.wearline.quality.internal;

import java.util.ArrayList;
import java.util.List;

import io.wearline.data.Column;
import io.wearline.data.Schema;
import io.wearline.quality.ColumnKind;
import io.wearline.quality.Note;
import io.wearline.quality.NoteKind;
import io.wearline.quality.TableMetadata;

/**
 * Matches the columns of the real and the synthetic table by name, in the real table's order, and states for each
 * column left out why (one {@link Note} each): missing from the synthetic table, only in the synthetic table, of
 * another kind, an identifier, not in the metadata, or free text. The kind of a column is the metadata's when it is
 * given, else its type's. Numbers of different widths match; a CATEGORICAL column matches a STRING one (the readers
 * infer STRING once a column has more than their category limit of labels) and is compared by label; a column the
 * metadata calls categorical or boolean is compared by label whatever its types (0/1 integers, text, flags).
 */
public final class SchemaAlignment {
	/** A column both tables have with compatible types, and how it is scored. */
	public record Match(String name, ColumnKind kind) {
	}

	private SchemaAlignment() {
	}

	/** The matching columns with kinds from their types; the notes on the others are added to {@code notes}. */
	public static List<Match> align(Schema real, Schema synthetic, List<Note> notes) {
		return align(real, synthetic, null, notes);
	}

	/**
	 * The matching columns; the notes on the others are added to {@code notes}.
	 *
	 * @param metadata the kind of each real column; null for the kinds of the column types
	 */
	public static List<Match> align(Schema real, Schema synthetic, TableMetadata metadata, List<Note> notes) {
		List<Match> matches = new ArrayList<>();
		for (Column column : real.columns()) {
			String name = column.name();
			int other = synthetic.indexOf(name);
			if (other < 0) {
				notes.add(new Note(NoteKind.MISSING_COLUMN, name, "Column '" + name + "' of the real table is not in"
						+ " the synthetic table, so it and its pairs are not scored. Generate the synthetic data with"
						+ " this column, or leave it out of the real table."));
				continue;
			}
			Column syntheticColumn = synthetic.column(other);
			ColumnKind kind = metadata == null ? byTypes(column, syntheticColumn, notes)
					: byMetadata(metadata, column, syntheticColumn, notes);
			if (kind != null) {
				matches.add(new Match(name, kind));
			}
		}
		for (Column column : synthetic.columns()) {
			if (real.indexOf(column.name()) < 0) {
				notes.add(new Note(NoteKind.EXTRA_COLUMN, column.name(), "Column '" + column.name() + "' is only in"
						+ " the synthetic table and is ignored. Add it to the real table to score it."));
			}
		}
		return matches;
	}

	private static ColumnKind byTypes(Column column, Column syntheticColumn, List<Note> notes) {
		String name = column.name();
		ColumnKind realKind = ColumnKind.of(column.type());
		ColumnKind syntheticKind = ColumnKind.of(syntheticColumn.type());
		if (realKind == ColumnKind.TEXT && syntheticKind == ColumnKind.TEXT) {
			notes.add(new Note(NoteKind.TEXT_COLUMN, name, "Column '" + name + "' is free text (STRING) and is"
					+ " not scored. If it holds categories, read the tables with a higher category limit or a"
					+ " schema that makes it CATEGORICAL."));
			return null;
		}
		ColumnKind kind = kindOfBoth(realKind, syntheticKind);
		if (kind == null) {
			mismatch(column, syntheticColumn, notes);
		}
		return kind;
	}

	private static ColumnKind byMetadata(TableMetadata metadata, Column column, Column syntheticColumn,
			List<Note> notes) {
		String name = column.name();
		ColumnKind kind = metadata.kind(name).orElse(null);
		if (kind == null) {
			notes.add(new Note(NoteKind.NOT_IN_METADATA, name, "Column '" + name + "' is not in the metadata ("
					+ metadata.origin() + "), so it is not scored. Name it there with its sdtype to score it."));
			return null;
		}
		switch (kind) {
			case ID -> {
				notes.add(new Note(NoteKind.ID_COLUMN, name, "Column '" + name + "' is an identifier (sdtype id, "
						+ metadata.origin() + ") and is not scored, as SDMetrics does. If it holds categories or"
						+ " numbers, say so with --metadata."));
				return null;
			}
			case TEXT -> {
				notes.add(new Note(NoteKind.TEXT_COLUMN, name, "Column '" + name + "' is free text (sdtype unknown, "
						+ metadata.origin() + ") and is not scored."));
				return null;
			}
			case NUMERICAL, DATETIME -> {
				if (!column.type().isNumeric() || !syntheticColumn.type().isNumeric()) {
					mismatch(column, syntheticColumn, notes);
					return null;
				}
				// SDMetrics scores datetimes as the numbers they are stored as
				return ColumnKind.NUMERICAL;
			}
			default -> {
				// any values compare as labels: DiscreteColumn writes whole numbers as integers on both sides
				return kind;
			}
		}
	}

	private static void mismatch(Column column, Column syntheticColumn, List<Note> notes) {
		String name = column.name();
		notes.add(new Note(NoteKind.TYPE_MISMATCH, name, "Column '" + name + "' is " + column.type()
				+ " in the real table but " + syntheticColumn.type() + " in the synthetic table, so it and"
				+ " its pairs are not scored. Read the synthetic file with the real table's schema, or"
				+ " regenerate it from a model trained on that schema."));
	}

	private static ColumnKind kindOfBoth(ColumnKind real, ColumnKind synthetic) {
		if (real == synthetic) {
			return real;
		}
		boolean labels = (real == ColumnKind.CATEGORICAL && synthetic == ColumnKind.TEXT)
				|| (real == ColumnKind.TEXT && synthetic == ColumnKind.CATEGORICAL);
		return labels ? ColumnKind.CATEGORICAL : null;
	}
}
