package io.wearline.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.wearline.batch.Arguments;
import io.wearline.batch.Syntax;
import io.wearline.batch.UsageException;

class SyntaxTest {
	private final Syntax syntax = new Syntax("convert", "<file>", 1, 1)
			.option("--to", "FORMAT", true, "the format")
			.option("--out", "FILE", false, "the output")
			.flag("--json", "as JSON");

	@Test
	void readsOperandsOptionsAndFlags() throws UsageException {
		Arguments arguments = syntax.parse(List.of("--to", "yaml", "a.json", "--out=b.yaml", "--json"));
		assertEquals(List.of("a.json"), arguments.operands());
		assertEquals("yaml", arguments.value("--to").orElseThrow());
		assertEquals("b.yaml", arguments.value("--out").orElseThrow());
		assertTrue(arguments.has("--json"));
		assertFalse(arguments.helpRequested());
	}

	@Test
	void doubleDashEndsTheOptions() throws UsageException {
		Arguments arguments = syntax.parse(List.of("--to", "json", "--", "--odd-name.yaml"));
		assertEquals(List.of("--odd-name.yaml"), arguments.operands());
	}

	@Test
	void helpWinsOverEveryOtherMistake() throws UsageException {
		assertTrue(syntax.parse(List.of("--bogus", "-h")).helpRequested());
		assertTrue(syntax.parse(List.of("--help")).helpRequested());
	}

	@Test
	void refusesWhatItDoesNotKnow() {
		assertMessage("unknown option --bogus (convert knows --to, --out, --json, --help)", "a", "--to", "json",
				"--bogus");
		assertMessage("missing option --to FORMAT", "a");
		assertMessage("option --to needs a value: --to FORMAT", "a", "--to");
		assertMessage("option --to needs a value: --to FORMAT", "a", "--to", "--json");
		assertMessage("option --to is given twice; give it once", "a", "--to", "json", "--to", "yaml");
		assertMessage("option --json takes no value; write --json alone", "a", "--to", "json", "--json=yes");
		assertMessage("missing <file>", "--to", "json");
		assertMessage("unexpected arguments b c", "a", "b", "c", "--to", "json");
	}

	@Test
	void usageLineShowsRequiredAndOptionalOptions() {
		assertEquals("Usage: wearline convert <file> --to FORMAT [--out FILE] [--json]", syntax.usageLine());
		assertTrue(syntax.optionTable().contains("--out FILE   the output"), syntax.optionTable());
	}

	private void assertMessage(String expected, String... words) {
		UsageException e = assertThrows(UsageException.class, () -> syntax.parse(List.of(words)));
		assertEquals(expected, e.getMessage());
	}
}
