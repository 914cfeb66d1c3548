package io.wearline.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that cannot be read into a table. The message names the file, the 1-based line and the column where
 * they are known, what is wrong and what to change; the parts are also available on their own.
 */
public final class TableReadException extends IOException {
	private static final long serialVersionUID = 1L;
	private final transient Path file;
	private final transient TableLocation location;
	private final long line;
	private final String column;
	private final String problem;

	/**
	 * @param file the file
	 * @param line the 1-based line, or 0 when the problem is the whole file
	 * @param column the column's name (or its 1-based number when it has none), or null
	 * @param problem what is wrong and what to change
	 */
	public TableReadException(Path file, long line, String column, String problem) {
		this(file, line, column, problem, null);
	}

	/** As {@link #TableReadException(Path, long, String, String)}, with the exception behind the problem. */
	public TableReadException(Path file, long line, String column, String problem, Throwable cause) {
		this(TableLocation.of(file), line, column, problem, cause);
	}

	/**
	 * As {@link #TableReadException(Path, long, String, String)}, for a file at a location that may be a URI of a
	 * Hadoop file system.
	 */
	public TableReadException(TableLocation location, long line, String column, String problem, Throwable cause) {
		super(compose(location, line, column, problem), cause);
		this.location = location;
		this.file = location.localPath().orElse(null);
		this.line = line;
		this.column = column;
		this.problem = problem;
	}

	private static String compose(TableLocation location, long line, String column, String problem) {
		// names and problems quote the file's own text: a hostile file must not reach the terminal raw
		StringBuilder message = new StringBuilder().append(InputText.escaped(location.toString()));
		if (line > 0) {
			message.append(", line ").append(line);
		}
		if (column != null) {
			message.append(", column '").append(InputText.escaped(column)).append('\'');
		}
		return message.append(": ").append(InputText.escapedKeepingLines(problem)).toString();
	}

	/** The file that could not be read; null when it is not on the local disk (see {@link #location()}). */
	public Path file() {
		return file;
	}

	/** Where the file is: its path, or its URI. */
	public TableLocation location() {
		return location;
	}

	/** The 1-based line of the problem, 0 when it concerns the whole file. */
	public long line() {
		return line;
	}

	/** The column of the problem, or null when it concerns no single column. */
	public String column() {
		return column;
	}

	/** What is wrong and what to change, without the place. */
	public String problem() {
		return problem;
	}
}
