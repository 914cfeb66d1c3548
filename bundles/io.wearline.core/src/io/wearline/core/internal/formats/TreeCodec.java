package io.wearline.core.internal.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.yaml.snakeyaml.LoaderOptions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import io.wearline.core.FormatCodes;
import io.wearline.core.ProfileLimits;
import io.wearline.core.internal.Findings;
import io.wearline.core.internal.Place;
import io.wearline.core.internal.SourceMap;
import io.wearline.model.MachineProfile;

/**
 * JSON and YAML: the same document shape, read and written through Jackson's streaming parser and generator.
 * The factories carry the limits that keep hostile input harmless: nesting depth and document length for both,
 * and for YAML snakeyaml's code point, nesting and alias limits (aliases are refused outright while reading).
 */
public final class TreeCodec implements FormatCodec {
	private final JsonFactory factory;
	private final String formatName;
	private final ProfileLimits limits;

	private TreeCodec(JsonFactory factory, String formatName, ProfileLimits limits) {
		this.factory = factory;
		this.formatName = formatName;
		this.limits = limits;
	}

	/** The JSON codec under these limits. */
	public static TreeCodec json(ProfileLimits limits) {
		return new TreeCodec(JsonFactory.builder().streamReadConstraints(constraints(limits)).build(), "JSON", limits);
	}

	/** The YAML codec under these limits. */
	public static TreeCodec yaml(ProfileLimits limits) {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(10);
		options.setAllowRecursiveKeys(false);
		options.setNestingDepthLimit(limits.maxNestingDepth());
		options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
		YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints(limits))
				.disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
				.enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
				.enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR).disable(YAMLGenerator.Feature.SPLIT_LINES)
				.disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS).build();
		return new TreeCodec(factory, "YAML", limits);
	}

	private static StreamReadConstraints constraints(ProfileLimits limits) {
		return StreamReadConstraints.builder().maxNestingDepth(limits.maxNestingDepth())
				.maxDocumentLength(limits.maxFileBytes()).build();
	}

	@Override
	public MachineProfile read(byte[] content, Findings findings, SourceMap places) {
		try (JsonParser parser = factory.createParser(content)) {
			try {
				return new TreeReader(parser, findings, places).read();
			} catch (TreeReader.Refusal e) {
				findings.error(e.place, e.code, e.getMessage());
			} catch (StreamConstraintsException e) {
				refuseConstraint(e, parser, findings);
			} catch (JsonProcessingException e) {
				findings.error(TreeReader.place(e.getLocation()), FormatCodes.SYNTAX, syntaxMessage(e));
			} catch (RuntimeException e) {
				// snakeyaml's own limits (code points, nesting) end in its YAMLException, not always wrapped
				findings.error(TreeReader.place(parser.currentLocation()), refusalCode(e),
						"The " + formatName + " cannot be read: " + firstLine(e.getMessage()));
			}
		} catch (IOException e) {
			findings.error(Place.WHOLE_FILE, FormatCodes.UNREADABLE, "The file cannot be read: " + e.getMessage());
		}
		return null;
	}

	private void refuseConstraint(StreamConstraintsException e, JsonParser parser, Findings findings) {
		Place at = TreeReader.place(parser.currentLocation());
		String message = e.getOriginalMessage();
		if (message != null && message.contains("nesting depth")) {
			findings.error(at, FormatCodes.TOO_DEEP, "The " + formatName + " nests objects and lists deeper than "
					+ limits.maxNestingDepth() + " levels; a profile needs 4. The file is not read any further.");
		} else {
			findings.error(at, FormatCodes.TOO_LARGE, "The " + formatName + " exceeds a reading limit: "
					+ firstLine(message) + ". The file is not read any further.");
		}
	}

	private static String refusalCode(RuntimeException e) {
		String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
		if (message.contains("nesting depth")) {
			return FormatCodes.TOO_DEEP;
		}
		return message.contains("code point") || message.contains("exceeds the limit") ? FormatCodes.TOO_LARGE
				: FormatCodes.SYNTAX;
	}

	private String syntaxMessage(JsonProcessingException e) {
		String message = firstLine(e.getOriginalMessage());
		return "This is not valid " + formatName + ": " + message;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "no details";
		}
		int end = message.indexOf('\n');
		return (end < 0 ? message : message.substring(0, end)).strip();
	}

	@Override
	public byte[] write(MachineProfile profile) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator generator = factory.createGenerator(out)) {
			if (!(factory instanceof YAMLFactory)) {
				DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
				generator.setPrettyPrinter(new DefaultPrettyPrinter()
						.withSeparators(Separators.createDefaultInstance()
								.withObjectFieldValueSpacing(Separators.Spacing.AFTER))
						.withObjectIndenter(indenter).withArrayIndenter(indenter));
			}
			new TreeWriter(generator, formatName).write(profile);
			generator.flush();
			if (!(factory instanceof YAMLFactory)) {
				out.write('\n');
			}
		} catch (IOException e) {
			throw new UncheckedIOException("writing to memory failed", e);
		}
		return out.toByteArray();
	}
}
