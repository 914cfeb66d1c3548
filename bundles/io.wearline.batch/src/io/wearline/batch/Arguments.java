package io.wearline.batch;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed command line: its operands and the options given, as {@link Syntax} declared them. */
public final class Arguments {
	private final List<String> operands;
	private final Map<String, List<String>> options;
	private final boolean help;

	Arguments(List<String> operands, Map<String, List<String>> options, boolean help) {
		this.operands = List.copyOf(operands);
		Map<String, List<String>> copy = new java.util.HashMap<>();
		options.forEach((name, values) -> copy.put(name, List.copyOf(values)));
		this.options = Map.copyOf(copy);
		this.help = help;
	}

	static Arguments help() {
		return new Arguments(List.of(), Map.of(), true);
	}

	/** Whether the user asked for the command's help ({@code --help} or {@code -h}) instead of running it. */
	public boolean helpRequested() {
		return help;
	}

	/** The operands, in command-line order. */
	public List<String> operands() {
		return operands;
	}

	/** Whether an option (a flag or an option with a value) was given. */
	public boolean has(String option) {
		return options.containsKey(option);
	}

	/** The value of an option, if it was given (the first, for an option that may be repeated). */
	public Optional<String> value(String option) {
		List<String> values = options.get(option);
		return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
	}

	/** Every value of an option that may be repeated, in command-line order; empty when it was not given. */
	public List<String> values(String option) {
		return options.getOrDefault(option, List.of());
	}

	/**
	 * The whole number an option gives, if given.
	 *
	 * @throws UsageException when the value is not a whole number from {@code min} to {@code max}
	 */
	public Optional<Long> wholeNumber(String option, long min, long max) throws UsageException {
		Optional<String> text = value(option);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		Optional<Long> number = parseWholeNumber(text.get(), min, max);
		if (number.isPresent()) {
			return number;
		}
		throw new UsageException(option + " takes a whole number from " + min + " to " + max + ", not '" + text.get()
				+ "'");
	}

	/** A text as a whole number from {@code min} to {@code max}; empty when it is no such number. */
	public static Optional<Long> parseWholeNumber(String text, long min, long max) {
		try {
			long number = Long.parseLong(text);
			return number >= min && number <= max ? Optional.of(number) : Optional.empty();
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/**
	 * The whole number from {@code min} to {@code max} an option gives, or {@code fallback} when not given.
	 *
	 * @throws UsageException when the value is not such a number
	 */
	public int wholeNumber(String option, int min, int max, int fallback) throws UsageException {
		return wholeNumber(option, (long) min, (long) max).map(Long::intValue).orElse(fallback);
	}

	/**
	 * The whole number of any size an option gives (a seed, say), if given.
	 *
	 * @throws UsageException when the value is not a whole number
	 */
	public Optional<Long> anyWholeNumber(String option) throws UsageException {
		Optional<String> text = value(option);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(text.get()));
		} catch (NumberFormatException e) {
			throw new UsageException(option + " takes a whole number, not '" + text.get() + "'");
		}
	}

	/** The {@value Syntax#SEED} given, any whole number; empty when none was. */
	public Optional<Long> seed() throws UsageException {
		return anyWholeNumber(Syntax.SEED);
	}

	/** The {@value Syntax#THREADS} given, 1 to 256; 1 when none was. */
	public int threads() throws UsageException {
		return wholeNumber(Syntax.THREADS, 1, 256, 1);
	}
}
