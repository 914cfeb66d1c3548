package io.wearline.batch.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import io.wearline.batch.Arguments;
import io.wearline.batch.Command;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;
import io.wearline.core.LoadedProfile;
import io.wearline.core.ProfileFormat;
import io.wearline.core.ProfileProblem;
import io.wearline.core.Profiles;

/**
 * {@code wearline convert <file> --to FORMAT [--out FILE]}: reads a profile of any format and writes it in
 * another. An invalid profile is refused with its problems; the input itself is never overwritten.
 */
public final class ConvertCommand implements Command {
	private static final String TO = "--to";
	private static final String OUT = "--out";

	private final Syntax syntax = new Syntax("convert", "<file>", 1, 1)
			.option(TO, "FORMAT", true, "the format to write: " + formatNames())
			.option(OUT, "FILE", false, "the file to write (default: the input's folder and name, new extension)");

	@Override
	public Syntax syntax() {
		return syntax;
	}

	@Override
	public String summary() {
		return "convert a profile to another format (machine, json, yaml, xlsx)";
	}

	@Override
	public String description() {
		return """
				Reads a profile in any format and writes it in the format --to names. An invalid profile is
				refused: its problems are printed and nothing is written (exit code 1). The file is written
				atomically; the input itself is never overwritten. Prints 'wrote <file>'.
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) throws UsageException {
		String inName = arguments.operands().get(0);
		String toName = arguments.value(TO).orElseThrow();
		ProfileFormat to = ProfileFormat.named(toName).orElseThrow(() -> new UsageException(
				"unknown format '" + toName + "' for " + TO + ": write one of " + formatNames()));
		Path in = console.resolve(inName);
		if (!Files.isRegularFile(in)) {
			throw new UsageException((Files.exists(in) ? "not a file: " : "no such file: ") + inName);
		}
		if (ProfileFormat.of(in).isEmpty()) {
			throw new UsageException(inName + " is not a profile file: its name must end in " + ProfileFiles.EXTENSIONS);
		}
		String outName = arguments.value(OUT).orElseGet(() -> sibling(inName, to));
		Path out = console.resolve(outName);
		checkOutput(in, inName, out, outName, to);

		LoadedProfile loaded = Profiles.get().load(in);
		for (ProfileProblem p : loaded.problems()) {
			console.err().println(p.withSource(inName).format());
		}
		if (loaded.hasErrors() || loaded.profile() == null) {
			console.err().println("wearline convert: " + inName + " is not a valid profile; fix the errors above, "
					+ "then convert again. Nothing was written.");
			return ExitCode.FAILED;
		}
		try {
			Profiles.get().write(loaded.profile(), to, out);
		} catch (IOException | IllegalArgumentException e) {
			// IllegalArgumentException: the profile holds what the format cannot write (core's contract)
			console.err().println("wearline convert: could not write " + outName + ": " + e.getMessage());
			return ExitCode.FAILED;
		}
		console.out().println("wrote " + outName);
		return ExitCode.OK;
	}

	private static void checkOutput(Path in, String inName, Path out, String outName, ProfileFormat to)
			throws UsageException {
		Optional<ProfileFormat> outFormat = ProfileFormat.of(out);
		if (outFormat.isEmpty() || outFormat.get() != to) {
			throw new UsageException(OUT + " " + outName + ": the name must end in ." + to.extension() + " to hold "
					+ to.extension());
		}
		if (Files.isDirectory(out)) {
			throw new UsageException(OUT + " " + outName + " is a folder; name the file to write");
		}
		if (isSameFile(in, out)) {
			throw new UsageException("converting " + inName + " would overwrite it; name another file with " + OUT);
		}
	}

	private static boolean isSameFile(Path in, Path out) {
		try {
			return in.equals(out) || Files.exists(out) && Files.isSameFile(in, out);
		} catch (IOException e) {
			return false;
		}
	}

	/** The input's name with the format's extension instead of its own, as the user wrote the folder. */
	static String sibling(String inName, ProfileFormat to) {
		Path name = Path.of(inName);
		String file = name.getFileName().toString();
		int dot = file.lastIndexOf('.');
		String renamed = (dot > 0 ? file.substring(0, dot) : file) + "." + to.extension();
		Path parent = name.getParent();
		return parent == null ? renamed : parent.resolve(renamed).toString();
	}

	private static String formatNames() {
		return Arrays.stream(ProfileFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT))
				.collect(Collectors.joining(", "));
	}
}
