package io.wearline.core;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.wearline.core.internal.FileContent;
import io.wearline.core.internal.Findings;
import io.wearline.core.internal.IssueTranslation;
import io.wearline.core.internal.Place;
import io.wearline.core.internal.SourceMap;
import io.wearline.core.internal.formats.FormatCodec;
import io.wearline.core.internal.formats.MachineTextCodec;
import io.wearline.core.internal.formats.TreeCodec;
import io.wearline.core.internal.workbook.WorkbookCodec;
import io.wearline.data.AtomicFile;
import io.wearline.dsl.MachineText;
import io.wearline.dsl.validation.ValidationLimits;
import io.wearline.model.MachineProfile;

/**
 * Reads, validates and writes machine profiles in every {@link ProfileFormat}. Every format goes through the same
 * model and the same validator (the profile language's), so every format gets the same messages and codes.
 * Bad input never throws from {@link #load(Path)}: it comes back as problems that name the file and place.
 * <p>
 * Problems of a file's syntax and shape carry the {@link FormatCodes}; a file with such errors is not validated
 * further (what is missing or mistyped would only add misleading findings), just as the profile language stops
 * at syntax errors. Instances are immutable and may be shared by threads.
 */
public final class Profiles {
	private static final Profiles DEFAULT = new Profiles(ProfileLimits.defaults());

	private final ProfileLimits limits;
	private final Map<ProfileFormat, FormatCodec> codecs = new EnumMap<>(ProfileFormat.class);

	/** Profiles read under other limits than the defaults, e.g. a larger file size for a generated fleet. */
	public Profiles(ProfileLimits limits) {
		this.limits = limits;
		codecs.put(ProfileFormat.MACHINE, new MachineTextCodec());
		codecs.put(ProfileFormat.JSON, TreeCodec.json(limits));
		codecs.put(ProfileFormat.YAML, TreeCodec.yaml(limits));
		codecs.put(ProfileFormat.XLSX, new WorkbookCodec(limits));
	}

	/** The shared instance, with the default limits (10 MB per file). */
	public static Profiles get() {
		return DEFAULT;
	}

	/** The limits this instance reads under. */
	public ProfileLimits limits() {
		return limits;
	}

	/**
	 * Reads a profile of any format (chosen by the file's extension) and validates it. A file whose extension
	 * names no format comes back with the problem {@link FormatCodes#UNKNOWN_FORMAT} and a {@code null} format.
	 */
	public LoadedProfile load(Path file) {
		return ProfileFormat.of(file).map(format -> load(file, format)).orElseGet(() -> {
			Findings findings = new Findings(file.toString());
			findings.error(Place.WHOLE_FILE, FormatCodes.UNKNOWN_FORMAT, "The file name does not say the profile's"
					+ " format; name it .machine, .json, .yaml (.yml) or .xlsx.");
			return new LoadedProfile(file, null, null, findings.problems());
		});
	}

	/** Reads a profile in the given format, whatever the file's name, and validates it. */
	public LoadedProfile load(Path file, ProfileFormat format) {
		Findings findings = new Findings(file.toString());
		byte[] content;
		try {
			content = FileContent.read(file, limits.maxFileBytes());
		} catch (FileContent.TooLargeException e) {
			findings.error(Place.WHOLE_FILE, FormatCodes.TOO_LARGE, e.getMessage());
			return new LoadedProfile(file, format, null, findings.problems());
		} catch (NoSuchFileException e) {
			findings.error(Place.WHOLE_FILE, FormatCodes.UNREADABLE, "The file does not exist.");
			return new LoadedProfile(file, format, null, findings.problems());
		} catch (IOException e) {
			findings.error(Place.WHOLE_FILE, FormatCodes.UNREADABLE, "The file cannot be read: " + e.getMessage());
			return new LoadedProfile(file, format, null, findings.problems());
		}
		SourceMap places = new SourceMap();
		MachineProfile profile = codecs.get(format).read(content, findings, places);
		if (profile != null && !findings.hasErrors()) {
			new IssueTranslation(findings, places).addAll(MachineText.validate(profile, validationLimits()));
		}
		return new LoadedProfile(file, format, profile, findings.problems());
	}

	/**
	 * Validates a profile built in memory; {@code sourceName} names it in the problems. A profile read from the
	 * profile language keeps its lines and columns; elsewhere a problem's location is the JSON pointer of the
	 * field in the document shape ({@code /sensors/2/nominal}), which finds it in the profile written as JSON or
	 * YAML.
	 */
	public List<ProfileProblem> validate(MachineProfile profile, String sourceName) {
		Findings findings = new Findings(sourceName);
		new IssueTranslation(findings, new SourceMap()).addAll(MachineText.validate(profile, validationLimits()));
		return findings.problems();
	}

	/**
	 * Writes a profile in the given format, atomically: to a temporary file renamed into place. Missing parent
	 * folders are created. When anything fails, the previous file is left as it was.
	 *
	 * @throws IllegalArgumentException when the profile holds what the format cannot (a number that is NaN or
	 *         infinite; for the profile language also an id that is not an identifier), which the validator reports
	 * @throws IOException when the file cannot be written
	 */
	public void write(MachineProfile profile, ProfileFormat format, Path out) throws IOException {
		byte[] content = codecs.get(format).write(profile);
		AtomicFile.write(out, content);
	}

	/**
	 * The profile as formatted text of the profile language.
	 *
	 * @throws IllegalArgumentException when the profile holds what the language cannot (see {@link #write})
	 */
	public String toDsl(MachineProfile profile) {
		return MachineText.format(profile);
	}

	/** Read at each validation, so that the system properties of the validator's limits apply at once. */
	private static ValidationLimits validationLimits() {
		return ValidationLimits.fromSystemProperties();
	}
}
