package io.wearline.core;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a machine profile can be read from and written to. */
public enum ProfileFormat {
	/** The profile language, {@code .machine}. */
	MACHINE("machine"),
	/** JSON, {@code .json}. */
	JSON("json"),
	/** YAML, {@code .yaml} or {@code .yml}. */
	YAML("yaml", "yml"),
	/**
	 * An Excel workbook with the sheets Machine, Sensors, Parameters, Regimes, FailureModes, Dataset and Training;
	 * the layout is documented in {@code io.wearline.core.internal.workbook.WorkbookLayout}.
	 */
	XLSX("xlsx");

	private final String[] extensions;

	ProfileFormat(String... extensions) {
		this.extensions = extensions;
	}

	/** The usual file extension, without the dot. */
	public String extension() {
		return extensions[0];
	}

	/** The format a file's extension names, if any. */
	public static Optional<ProfileFormat> of(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		for (ProfileFormat format : values()) {
			for (String extension : format.extensions) {
				if (name.endsWith("." + extension)) {
					return Optional.of(format);
				}
			}
		}
		return Optional.empty();
	}

	/** The format named by a user, as in {@code --to yaml}; case does not matter. */
	public static Optional<ProfileFormat> named(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		for (ProfileFormat format : values()) {
			for (String extension : format.extensions) {
				if (extension.equals(lower)) {
					return Optional.of(format);
				}
			}
		}
		return Optional.empty();
	}
}
