package io.wearline.data.internal.xlsx;

import io.wearline.data.TableReadException;
import io.wearline.data.internal.CountedInput;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Counts the bytes one part of a workbook's zip archive expands to while it is read, and stops the read as soon
 * as they pass the part's limit or 100 times the part's compressed size (POI's ZipSecureFile ratio: spreadsheet
 * XML compresses about 10:1, a zip bomb a thousand to one).
 */
final class PartExpansionLimit extends CountedInput {
	/** POI's default minimum inflate ratio of 0.01. */
	static final long MAX_RATIO = 100;
	/** POI's default grace: small parts (content types, relationships) may compress better than 100:1. */
	static final long GRACE_BYTES = 100 * 1024;

	private final Path file;
	private final String part;
	private final long compressedBytes;
	private final long maxBytes;

	/**
	 * @param compressedBytes the part's size in the archive, which bounds what may be read of it
	 * @param maxBytes the most bytes the part may expand to
	 */
	PartExpansionLimit(InputStream in, Path file, String part, long compressedBytes, long maxBytes) {
		super(in);
		this.file = file;
		this.part = part;
		this.compressedBytes = compressedBytes;
		this.maxBytes = maxBytes;
	}

	@Override
	protected void counted(long expanded) throws TableReadException {
		if (expanded > maxBytes) {
			throw new TableReadException(file, 0, null, "part '" + part + "' of the workbook expands to more than "
					+ maxBytes + " bytes, the limit for this part; nothing was read. Save the sheet as CSV or"
					+ " Parquet, or raise the limit (ReadOptions.withMaxFileBytes)");
		}
		if (expanded > GRACE_BYTES && expanded > MAX_RATIO * compressedBytes) {
			throw new TableReadException(file, 0, null, String.format(Locale.ROOT, "the workbook is refused: part"
					+ " '%s' expands to more than %d times its %d compressed bytes, as a zip bomb does, not a"
					+ " spreadsheet; save the workbook again from a spreadsheet program", part, MAX_RATIO,
					compressedBytes));
		}
	}
}
