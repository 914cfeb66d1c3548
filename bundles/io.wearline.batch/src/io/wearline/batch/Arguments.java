package io.wearline.batch;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed command line: its operands and the options given, as {@link Syntax} declared them. */
public final class Arguments {
	private final List<String> operands;
	private final Map<String, String> options;
	private final boolean help;

	Arguments(List<String> operands, Map<String, String> options, boolean help) {
		this.operands = List.copyOf(operands);
		this.options = Map.copyOf(options);
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

	/** The value of an option, if it was given. */
	public Optional<String> value(String option) {
		return Optional.ofNullable(options.get(option));
	}
}
