package io.wearline.data;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a table file is: a local path, or a URI whose scheme names a Hadoop file system ({@code file:},
 * {@code hdfs:}, {@code s3a:}...). A local path is read and written straight through the JDK's files (the fast
 * route); a URI goes through Hadoop's {@code FileSystem} of its scheme, which is how Parquet reaches cluster and
 * object storage. Only Parquet is read and written through a file system; a {@code file:} URI of another format
 * is taken as its local path. Immutable.
 */
public final class TableLocation {
	/**
	 * The schemes a table may be read from or written to: local files, and the Hadoop file systems Wearline
	 * documents (their clients must be installed in {@code io.wearline.lib.data}). Every other scheme is refused
	 * by name, also those Hadoop itself would serve ({@code http:}, {@code ftp:}, {@code har:}...): nobody should
	 * find a table fetched from the web, or a half-installed client failing deep inside.
	 */
	public static final List<String> SCHEMES = List.of("file", "hdfs", "s3a");

	/** A scheme of two or more characters, so that a Windows drive ({@code C:\data}) stays a path. */
	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

	private final Path path;
	private final URI uri;

	private TableLocation(Path path, URI uri) {
		this.path = path;
		this.uri = uri;
	}

	/** A local file. */
	public static TableLocation of(Path file) {
		return new TableLocation(Objects.requireNonNull(file, "file"), null);
	}

	/**
	 * A location written by a person: a URI when the text starts with a scheme ({@code hdfs://namenode/x.parquet},
	 * {@code file:/data/x.parquet}), else a local path.
	 *
	 * @throws IllegalArgumentException when the text is not a valid URI, its scheme is not one of
	 *             {@link #SCHEMES}, or it has no absolute path, saying what to write instead
	 */
	public static TableLocation parse(String text) {
		if (!hasScheme(text)) {
			return of(Path.of(text));
		}
		String shown = InputText.escaped(text);
		String scheme = text.substring(0, text.indexOf(':')).toLowerCase(Locale.ROOT);
		if (!SCHEMES.contains(scheme)) {
			throw new IllegalArgumentException("'" + shown + "': the scheme '" + scheme + ":' is not supported; "
					+ "tables are read and written at local paths, file: URIs (file:/folder/data.parquet) and, when "
					+ "their Hadoop clients are installed, hdfs: and s3a: URIs");
		}
		URI uri;
		try {
			uri = new URI(text);
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("'" + shown + "' is not a valid URI (" + InputText.escaped(e
					.getReason()) + " at index " + e.getIndex() + "); escape spaces and special characters as %20 "
					+ "etc.", e);
		}
		if (uri.isOpaque() || uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().endsWith("/")) {
			throw new IllegalArgumentException("'" + shown + "' names no file: a URI needs an absolute path to a"
					+ " file, like " + uri.getScheme() + ":/folder/data.parquet or " + uri.getScheme()
					+ "://host/folder/data.parquet");
		}
		return new TableLocation(null, uri.normalize());
	}

	/** Whether the text starts with a URI scheme (two or more letters, digits, {@code + . -}, then a colon). */
	public static boolean hasScheme(String text) {
		return SCHEME.matcher(text).matches();
	}

	/** Whether this is a URI to be reached through a Hadoop file system, rather than a plain local path. */
	public boolean isUri() {
		return uri != null;
	}

	/** The URI, when this is one. */
	public Optional<URI> uri() {
		return Optional.ofNullable(uri);
	}

	/** The scheme in lower case: {@code file} for a local path too. */
	public String scheme() {
		return uri == null ? "file" : uri.getScheme().toLowerCase(Locale.ROOT);
	}

	/** The local file: the path, or the path of a {@code file:} URI; empty for other schemes. */
	public Optional<Path> localPath() {
		if (uri == null) {
			return Optional.of(path);
		}
		return scheme().equals("file") ? Optional.of(Path.of(uri.getPath())) : Optional.empty();
	}

	/** The file's name, the last part of its path: what its format is told from. */
	public String fileName() {
		if (uri == null) {
			Path name = path.getFileName();
			return name == null ? "" : name.toString();
		}
		String p = uri.getPath();
		return p.substring(p.lastIndexOf('/') + 1);
	}

	/** The path or URI as a person writes it. */
	@Override
	public String toString() {
		return uri == null ? path.toString() : uri.toString();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TableLocation location && Objects.equals(path, location.path)
				&& Objects.equals(uri, location.uri);
	}

	@Override
	public int hashCode() {
		return Objects.hash(path, uri);
	}
}
