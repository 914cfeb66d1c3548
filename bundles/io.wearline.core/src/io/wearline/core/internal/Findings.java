package io.wearline.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import io.wearline.core.ProfileProblem;
import io.wearline.core.ProfileProblem.Severity;

/**
 * The problems found in one file, kept with their places so they can be listed in file order. A message may be
 * given as a supplier: readers of JSON and YAML meet a field before the id of the element that holds it, so
 * messages that name the element ({@code in sensor 'speed'}) are written once the whole file is read.
 */
public final class Findings {
	private record Finding(Place place, Severity severity, String code, Supplier<String> message, Region region) {
	}

	/**
	 * What an editor and a quick fix need beyond the place: the text region, the element's feature and the issue's
	 * data.
	 *
	 * @param offset the 0-based character offset in profile-language text, or -1
	 * @param length the region's length, 0 when unknown
	 * @param feature the JSON pointer of the element's feature, or {@code null}
	 * @param data the data
	 */
	public record Region(int offset, int length, String feature, List<String> data) {
		/** Nothing known beyond the place. */
		public static final Region NONE = new Region(-1, 0, null, List.of());
	}

	private final String source;
	private final List<Finding> findings = new ArrayList<>();

	/** @param source the file name as the user gave it, which every problem names */
	public Findings(String source) {
		this.source = source;
	}

	/** The file name every problem names. */
	public String source() {
		return source;
	}

	/** Adds an error; a {@code null} place stands for the whole file. */
	public void error(Place place, String code, String message) {
		add(place, Severity.ERROR, code, () -> message);
	}

	/** Adds an error whose message is written when the problems are listed. */
	public void error(Place place, String code, Supplier<String> message) {
		add(place, Severity.ERROR, code, message);
	}

	/** Adds a warning: the profile can be used, but something is likely not what the user meant. */
	public void warning(Place place, String code, String message) {
		add(place, Severity.WARNING, code, () -> message);
	}

	/** Adds a finding; a {@code null} place stands for the whole file. */
	public void add(Place place, Severity severity, String code, Supplier<String> message) {
		add(place, severity, code, message, Region.NONE);
	}

	/** Adds a finding with its region, feature and data; a {@code null} place stands for the whole file. */
	public void add(Place place, Severity severity, String code, Supplier<String> message, Region region) {
		findings.add(new Finding(place == null ? Place.WHOLE_FILE : place, severity, code, message, region));
	}

	/** Whether any finding is an error. */
	public boolean hasErrors() {
		return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
	}

	/** The problems in file order; findings at the same place keep the order they were found in. */
	public List<ProfileProblem> problems() {
		return findings.stream().sorted(Comparator.comparing(Finding::place))
				.map(f -> new ProfileProblem(source, f.place().label(), f.severity(), f.message().get(), f.code(),
						f.region().offset(), f.region().length(), f.region().feature(), f.region().data()))
				.toList();
	}
}
