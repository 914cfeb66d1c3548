package io.wearline.batch.command;

import java.nio.file.Files;
import java.util.Locale;

import io.wearline.batch.Arguments;
import io.wearline.batch.Command;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;
import io.wearline.data.ColumnStatistics;
import io.wearline.data.InputText;
import io.wearline.data.LoadedTable;
import io.wearline.data.NonFiniteValues;
import io.wearline.data.ReadOptions;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;
import io.wearline.data.TableLocation;
import io.wearline.data.TableReadException;

/**
 * {@code wearline inspect <file>}: the schema, row count and per-column statistics of a table file (Parquet, CSV,
 * JSON Lines, and every other format registered in {@link TableFormats#standard()}), as an aligned table. The
 * file may also be a Parquet file at the URI of a Hadoop file system ({@code file:/data/seed.parquet}).
 */
public final class InspectCommand implements Command {
	private static final String[] HEADINGS = { "column", "type", "null", "count", "missing", "distinct", "mean",
			"std", "min", "p25", "median", "p75", "max" };

	private final Syntax syntax = new Syntax("inspect", "<file or URI>", 1, 1);

	@Override
	public Syntax syntax() {
		return syntax;
	}

	@Override
	public String summary() {
		return "show the columns, row count and statistics of a table file";
	}

	@Override
	public String description() {
		return """
				Reads a table file and prints its row count and, per column, its type, whether it may be
				missing, and its statistics (count, missing, distinct; mean, std, min, quartiles and max of
				numbers and flags). The format comes from the extension: %s. A Parquet file may also
				be named by the URI of a Hadoop file system (file:/data/seed.parquet).
				Exit code 1 when the file cannot be read, 2 when it does not exist or its extension is unknown.
				""".formatted(String.join(", ", TableFormats.standard().readableFormats()));
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws UsageException {
		String shown = arguments.operands().get(0);
		TableLocation location = console.location(shown);
		if (location.localPath().isPresent() && !Files.isRegularFile(location.localPath().get())) {
			throw new UsageException(shown + ": no such file");
		}
		TableFormats formats = TableFormats.standard();
		String format;
		try {
			format = TableFormats.formatOf(location);
			formats.reader(format);
		} catch (IllegalArgumentException e) {
			throw new UsageException(shown + ": " + e.getMessage());
		}
		LoadedTable loaded;
		try {
			loaded = NonFiniteValues.missingInstead(formats.read(location, ReadOptions.defaults()));
		} catch (TableReadException | RuntimeException e) {
			console.err().println("wearline inspect: " + shown + ": " + e.getMessage());
			return ExitCode.FAILED;
		}
		Table table = loaded.table();
		console.out().printf(Locale.ROOT, "%s (%s): %d rows, %d columns%n%n", InputText.escaped(shown), format,
				table.rowCount(), table.columnCount());
		console.out().print(statistics(table));
		for (String note : loaded.nonFiniteNotes(shown)) {
			console.out().println("note: " + note);
		}
		return ExitCode.OK;
	}

	/** The statistics as text columns: names and types left-aligned, numbers right-aligned. */
	static String statistics(Table table) {
		TextTable text = TextTable.withHeadings(HEADINGS).leftAligned(0, 1, 2);
		for (ColumnStatistics s : table.statistics()) {
			boolean nullable = table.schema().column(s.name()).nullable();
			// names come from the file's header: escaped, so a hostile one cannot act on the terminal
			text.add(InputText.escaped(s.name()), s.type().name(), nullable ? "yes" : "no", Long.toString(s.count()),
					Long.toString(s.missing()), Long.toString(s.distinct()), number(s.mean()), number(s.std()),
					number(s.min()), number(s.p25()), number(s.median()), number(s.p75()), number(s.max()));
		}
		return text.text();
	}

	private static String number(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.6g", value);
	}
}
