package io.wearline.synth;

import java.util.List;

/**
 * The shape of the network's numeric form of a table: its spans, adjacent and in column order from 0 to
 * {@link #width()}. The data transformer makes it; the network builds its output activations and its loss from it.
 *
 * @param spans the spans, in column order, without gaps
 */
public record Layout(List<Span> spans) {
	/** Checks that the spans are adjacent and start at column 0. */
	public Layout {
		spans = List.copyOf(spans);
		int next = 0;
		for (Span span : spans) {
			if (span.start() != next) {
				throw new IllegalArgumentException("span " + span + " should start at column " + next);
			}
			next = span.end();
		}
	}

	/** The number of columns of the numeric form. */
	public int width() {
		return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).end();
	}
}
