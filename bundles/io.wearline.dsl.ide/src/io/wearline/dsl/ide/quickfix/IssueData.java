package io.wearline.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

import com.google.gson.JsonElement;

/**
 * The issue data of a diagnostic as strings. The validator attaches them as a {@code String[]}; a diagnostic that
 * travelled through a language-server client comes back with them as JSON, so both forms are read.
 */
final class IssueData {

	private IssueData() {
	}

	static List<String> of(Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		List<String> values = new ArrayList<>();
		if (data instanceof String[] array) {
			for (String value : array) {
				values.add(value);
			}
		} else if (data instanceof JsonElement json && json.isJsonArray()) {
			for (JsonElement element : json.getAsJsonArray()) {
				values.add(element.isJsonPrimitive() ? element.getAsString() : null);
			}
		} else if (data instanceof Iterable<?> items) {
			for (Object item : items) {
				values.add(item == null ? null : item.toString());
			}
		} else if (data instanceof String single) {
			values.add(single);
		}
		values.removeIf(value -> value == null || value.isEmpty());
		return values;
	}
}
