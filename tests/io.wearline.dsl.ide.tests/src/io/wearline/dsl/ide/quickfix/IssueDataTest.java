package io.wearline.dsl.ide.quickfix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

/** Issue data as the validator attaches it, and as a language-server client sends it back. */
class IssueDataTest {

	@Test
	void dataFromTheValidatorIsAStringArray() {
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setData(new String[] { "°C", "K" });
		assertEquals(List.of("°C", "K"), IssueData.of(diagnostic));
	}

	@Test
	void dataFromAClientIsAJsonArray() {
		Diagnostic diagnostic = new Diagnostic();
		diagnostic.setData(JsonParser.parseString("[\"speed\", 0.4]"));
		assertEquals(List.of("speed", "0.4"), IssueData.of(diagnostic));
	}

	@Test
	void missingDataIsEmpty() {
		assertEquals(List.of(), IssueData.of(new Diagnostic()));
	}
}
