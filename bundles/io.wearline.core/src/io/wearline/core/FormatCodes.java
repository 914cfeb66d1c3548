package io.wearline.core;

/**
 * The codes of the problems that JSON, YAML and XLSX files, and files in general, can have before the profile
 * validator sees them: what is not well-formed, not in the document shape, or refused as hostile. Problems of
 * the profile itself carry the validator's codes ({@link io.wearline.dsl.validation.IssueCodes}), the same in
 * every format. Like those, a code keeps its meaning once published.
 */
public final class FormatCodes {
	private static final String PREFIX = "io.wearline.core.";

	/** The file is not well-formed JSON, YAML or XLSX (for the profile language: {@code IssueCodes.SYNTAX_ERROR}). */
	public static final String SYNTAX = PREFIX + "syntax";
	/** The text is not UTF-8. */
	public static final String ENCODING = PREFIX + "encoding";
	/** A field (a key, a column header, a row of a key/value sheet) the document shape does not know. */
	public static final String UNKNOWN_FIELD = PREFIX + "unknownField";
	/** A field given twice in the same object or sheet. */
	public static final String DUPLICATE_FIELD = PREFIX + "duplicateField";
	/** A value of the wrong type: text where a number belongs, a list where an object belongs, and so on. */
	public static final String WRONG_TYPE = PREFIX + "wrongType";
	/** A value that is not one of its field's names, such as the kind {@code temprature}. */
	public static final String UNKNOWN_VALUE = PREFIX + "unknownValue";
	/** A sheet the workbook layout does not know (a warning: the sheet is ignored). */
	public static final String UNKNOWN_SHEET = PREFIX + "unknownSheet";
	/** A workbook without the sheet every profile needs (Machine). */
	public static final String MISSING_SHEET = PREFIX + "missingSheet";
	/** Rows of one regime or failure mode that disagree on the regime's or mode's own fields. */
	public static final String CONFLICTING_ROWS = PREFIX + "conflictingRows";
	/** A file larger than the size limit, or text longer than the code point limit. */
	public static final String TOO_LARGE = PREFIX + "tooLarge";
	/** JSON or YAML nested deeper than the nesting limit. */
	public static final String TOO_DEEP = PREFIX + "tooDeep";
	/** A YAML anchor or alias: a profile never needs one, and aliases can expand into billions of nodes. */
	public static final String YAML_ALIAS = PREFIX + "yamlAlias";
	/** An XLSX archive that expands far more than a spreadsheet does (a zip bomb) or holds too many entries. */
	public static final String UNSAFE_ARCHIVE = PREFIX + "unsafeArchive";
	/** The file cannot be read: it does not exist, is a folder, or the system refused to read it. */
	public static final String UNREADABLE = PREFIX + "unreadable";
	/** A file name whose extension names no profile format. */
	public static final String UNKNOWN_FORMAT = PREFIX + "unknownFormat";

	private FormatCodes() {
	}
}
