package io.wearline.core;

/**
 * How much input {@link Profiles} accepts before it refuses a file as too large or too deep. The limits keep a
 * hostile or broken file from hanging the reader or exhausting memory; real profiles stay far below them.
 *
 * @param maxFileBytes the largest file read, in bytes; larger files are refused before they are read
 * @param maxNestingDepth the deepest nesting of objects and lists in JSON and YAML (a profile needs 4)
 * @param maxExpandedBytes the most bytes one entry of an XLSX archive may expand to
 */
public record ProfileLimits(long maxFileBytes, int maxNestingDepth, long maxExpandedBytes) {
	/** 10 MB: a profile with the validator's maximum of sensors is below 1 MB in every format. */
	public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;
	/** Deep enough for every profile and for comments of tools that wrap it, far from any stack limit. */
	public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
	/** 64 MB: the sheets of a 10 MB workbook of plain values stay well below it. */
	public static final long DEFAULT_MAX_EXPANDED_BYTES = 64L * 1024 * 1024;

	/** Checks that every limit is positive. */
	public ProfileLimits {
		if (maxFileBytes < 1 || maxNestingDepth < 1 || maxExpandedBytes < 1) {
			throw new IllegalArgumentException("profile limits must be positive: " + maxFileBytes + ", "
					+ maxNestingDepth + ", " + maxExpandedBytes);
		}
	}

	/** The default limits: 10 MB per file, nesting 32 deep, 64 MB per expanded XLSX entry. */
	public static ProfileLimits defaults() {
		return new ProfileLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_EXPANDED_BYTES);
	}

	/** These limits with another largest file size. */
	public ProfileLimits withMaxFileBytes(long bytes) {
		return new ProfileLimits(bytes, maxNestingDepth, maxExpandedBytes);
	}
}
