package io.wearline.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a command is written: its operands and options. It parses a command line into {@link Arguments} and
 * renders the usage text, so the two never disagree. Options are long ({@code --to yaml} or {@code --to=yaml});
 * {@code --help} and {@code -h} are understood by every command; {@code --} ends the options.
 */
public final class Syntax {
	/** The seed option of every command that draws random numbers; {@link Arguments#seed()} reads it. */
	public static final String SEED = "--seed";
	/** The threads option of every command that computes on several cores; {@link Arguments#threads()} reads it. */
	public static final String THREADS = "--threads";
	/** The workspace option of every command that looks a machine up. */
	public static final String WORKSPACE = "--workspace";
	/** What a workspace is, for the environment variable's name in helps. */
	public static final String WORKSPACE_VARIABLE = "WEARLINE_WORKSPACE";

	private static final String HELP = "--help";

	private final String command;
	private final String operands;
	private final int minOperands;
	private final int maxOperands;
	private final Map<String, Option> options = new LinkedHashMap<>();

	/**
	 * @param command the command's name, as in {@code wearline validate}
	 * @param operands how the operands are written in the usage line, for example {@code <file or folder>...}
	 * @param minOperands the fewest operands the command takes
	 * @param maxOperands the most operands it takes ({@link Integer#MAX_VALUE} for any number)
	 */
	public Syntax(String command, String operands, int minOperands, int maxOperands) {
		this.command = command;
		this.operands = operands;
		this.minOperands = minOperands;
		this.maxOperands = maxOperands;
	}

	/** Declares an option without a value, such as {@code --json}. */
	public Syntax flag(String name, String description) {
		options.put(name, new Option(name, null, false, false, description));
		return this;
	}

	/** Declares an option that takes a value, such as {@code --to FORMAT}; {@code required} ones must be given. */
	public Syntax option(String name, String valueName, boolean required, String description) {
		options.put(name, new Option(name, valueName, required, false, description));
		return this;
	}

	/**
	 * Declares an optional option that takes a value and may be given more than once, such as
	 * {@code --where COLUMN=VALUE}; {@link Arguments#values} has every value.
	 */
	public Syntax repeatable(String name, String valueName, String description) {
		options.put(name, new Option(name, valueName, false, true, description));
		return this;
	}

	/**
	 * Declares {@value #SEED} {@code S}, said the same way by every command that takes it.
	 *
	 * @param description what it seeds and its default, such as "the training seed (default: the profile's ...)"
	 */
	public Syntax seedOption(String description) {
		return option(SEED, "S", false, description);
	}

	/**
	 * Declares {@value #THREADS} {@code T}, said the same way by every command that takes it.
	 *
	 * @param description what computes on them and the default
	 */
	public Syntax threadsOption(String description) {
		return option(THREADS, "T", false, description);
	}

	/** Declares {@value #WORKSPACE} {@code DIR}, the workspace a machine id is looked up in. */
	public Syntax workspaceOption() {
		return option(WORKSPACE, "DIR", false, "the workspace of machine ids (default: $" + WORKSPACE_VARIABLE
				+ ", else ./workspace)");
	}

	/** The command's name. */
	public String command() {
		return command;
	}

	/** Parses a command line (the words after the command's name). */
	public Arguments parse(List<String> words) throws UsageException {
		if (asksForHelp(words)) {
			return Arguments.help();
		}
		List<String> operandWords = new ArrayList<>();
		Map<String, List<String>> values = new HashMap<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (word.equals("--")) {
				operandWords.addAll(words.subList(i + 1, words.size()));
				break;
			}
			if (!word.startsWith("-") || word.equals("-")) {
				operandWords.add(word);
			} else {
				i = readOption(words, i, values);
			}
		}
		check(operandWords, values);
		return new Arguments(operandWords, values, false);
	}

	/** Reads the option at {@code words[i]} into {@code values}; returns the index of the last word it used. */
	private int readOption(List<String> words, int i, Map<String, List<String>> values) throws UsageException {
		String word = words.get(i);
		int equals = word.indexOf('=');
		String name = equals < 0 ? word : word.substring(0, equals);
		Option option = options.get(name);
		if (option == null) {
			throw new UsageException("unknown option " + name + knownOptions());
		}
		if (values.containsKey(name) && !option.repeatable()) {
			throw new UsageException("option " + name + " is given twice; give it once");
		}
		if (!option.takesValue()) {
			if (equals >= 0) {
				throw new UsageException("option " + name + " takes no value; write " + name + " alone");
			}
			values.put(name, List.of(""));
			return i;
		}
		String value;
		int last = i;
		if (equals >= 0) {
			value = word.substring(equals + 1);
		} else if (i + 1 < words.size() && !words.get(i + 1).startsWith("--")) {
			value = words.get(++last);
		} else {
			value = "";
		}
		if (value.isEmpty()) {
			throw new UsageException("option " + name + " needs a value: " + name + " " + option.valueName());
		}
		values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
		return last;
	}

	private static boolean asksForHelp(List<String> words) {
		for (String word : words) {
			if (word.equals("--")) {
				return false;
			}
			if (word.equals(HELP) || word.equals("-h")) {
				return true;
			}
		}
		return false;
	}

	private void check(List<String> operandWords, Map<String, List<String>> values) throws UsageException {
		for (Option option : options.values()) {
			if (option.required() && !values.containsKey(option.name())) {
				throw new UsageException("missing option " + option.name() + " " + option.valueName());
			}
		}
		if (operandWords.size() < minOperands) {
			throw new UsageException("missing " + operands);
		}
		if (operandWords.size() > maxOperands) {
			List<String> extra = operandWords.subList(maxOperands, operandWords.size());
			throw new UsageException("unexpected argument" + (extra.size() == 1 ? " " : "s ") + String.join(" ", extra));
		}
	}

	private String knownOptions() {
		List<String> names = new ArrayList<>(options.keySet());
		names.add(HELP);
		return " (" + command + " knows " + String.join(", ", names) + ")";
	}

	/** The usage line, as in {@code Usage: wearline convert <file> --to FORMAT [--out FILE]}. */
	public String usageLine() {
		StringBuilder line = new StringBuilder("Usage: wearline ").append(command);
		if (!operands.isEmpty()) {
			line.append(' ').append(operands);
		}
		for (Option option : options.values()) {
			String written = option.takesValue() ? option.name() + " " + option.valueName() : option.name();
			line.append(' ').append(option.required() ? written : "[" + written + (option.repeatable() ? " ..." : "")
					+ "]");
		}
		return line.toString();
	}

	/** The options, one a line with their descriptions; empty when the command has none. */
	public String optionTable() {
		StringBuilder table = new StringBuilder();
		int width = HELP.length();
		for (Option option : options.values()) {
			width = Math.max(width, option.written().length());
		}
		for (Option option : options.values()) {
			table.append("  ").append(pad(option.written(), width)).append("  ").append(option.description())
					.append(System.lineSeparator());
		}
		table.append("  ").append(pad(HELP, width)).append("  show this help").append(System.lineSeparator());
		return table.toString();
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(width - text.length());
	}

	private record Option(String name, String valueName, boolean required, boolean repeatable, String description) {
		boolean takesValue() {
			return valueName != null;
		}

		String written() {
			return takesValue() ? name + " " + valueName : name;
		}
	}
}
