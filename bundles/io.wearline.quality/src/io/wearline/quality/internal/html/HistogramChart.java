package io.wearline.quality.internal.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.wearline.quality.Histogram;
import io.wearline.quality.internal.Figures;

/**
 * A column's distribution as an inline SVG bar chart: per bin (numbers) or per label (categories), the real share
 * as a blue bar beside the synthetic share as an orange one, on one vertical scale. Each bar has a tooltip with the
 * exact share. Categories beyond {@value #MAX_LABELS} are left out (the rarest real ones), and the chart says so.
 */
final class HistogramChart {
	static final int WIDTH = 360;
	static final int HEIGHT = 170;
	private static final int MAX_LABELS = 24;
	private static final double LEFT = 40;
	private static final double RIGHT = 8;
	private static final double TOP = 10;
	private static final double BOTTOM = 34;

	private HistogramChart() {
	}

	static void write(Html html, String column, Histogram histogram) {
		html.open("svg", "class", "histogram", "width", Integer.toString(WIDTH), "height", Integer.toString(HEIGHT),
				"viewBox", "0 0 " + WIDTH + " " + HEIGHT, "role", "img", "aria-label", "histogram of " + column);
		html.element("title", "Histogram of " + column + ": real (blue) against synthetic (orange)");
		int bins = histogram.real().size();
		if (bins == 0) {
			html.element("text", "no values to draw", "x", Svg.n(WIDTH / 2.0), "y", Svg.n(HEIGHT / 2.0),
					"text-anchor", "middle", "class", "axis");
			html.close("svg");
			return;
		}
		boolean numeric = !histogram.edges().isEmpty();
		List<Integer> shown = shownBins(histogram, numeric);
		double top = 0;
		for (int i : shown) {
			top = Math.max(top, Math.max(histogram.real().get(i), histogram.synthetic().get(i)));
		}
		top = top <= 0 ? 1 : top;
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		double slot = plotWidth / shown.size();
		axes(html, plotWidth, plotHeight, top);
		for (int k = 0; k < shown.size(); k++) {
			int bin = shown.get(k);
			String what = numeric ? "[" + String.join(", ", Figures.distinct(histogram.edges().get(bin),
					histogram.edges().get(bin + 1))) + ")" : histogram.labels().get(bin);
			double x = LEFT + k * slot;
			double gap = slot > 6 ? 1 : 0;
			double barWidth = Math.max(0.5, (slot - 2 * gap) / 2);
			bar(html, x + gap, barWidth, histogram.real().get(bin), top, plotHeight, Colors.REAL,
					what + " real " + Figures.percent(histogram.real().get(bin)));
			bar(html, x + gap + barWidth, barWidth, histogram.synthetic().get(bin), top, plotHeight, Colors.SYNTHETIC,
					what + " synthetic " + Figures.percent(histogram.synthetic().get(bin)));
			if (!numeric) {
				label(html, histogram.labels().get(bin), x + slot / 2, slot, shown.size());
			}
		}
		if (numeric) {
			List<Double> edges = histogram.edges();
			double low = edges.get(0);
			double high = edges.get(edges.size() - 1);
			String[] ticks = Figures.distinct(low, (low + high) / 2, high);
			double y = TOP + plotHeight + 13;
			html.element("text", ticks[0], "x", Svg.n(LEFT), "y", Svg.n(y), "class", "axis");
			html.element("text", ticks[2], "x", Svg.n(WIDTH - RIGHT), "y", Svg.n(y), "text-anchor", "end", "class",
					"axis");
			html.element("text", ticks[1], "x", Svg.n(LEFT + plotWidth / 2), "y", Svg.n(y), "text-anchor", "middle",
					"class", "axis");
		} else if (shown.size() < bins) {
			html.element("text", (bins - shown.size()) + " rarer categories not drawn", "x", Svg.n(WIDTH - RIGHT), "y",
					Svg.n(TOP + 8), "text-anchor", "end", "class", "axis");
		}
		html.close("svg");
	}

	/** Every bin of a numeric histogram; the most frequent real labels of a categorical one, in label order. */
	private static List<Integer> shownBins(Histogram histogram, boolean numeric) {
		List<Integer> all = new ArrayList<>();
		for (int i = 0; i < histogram.real().size(); i++) {
			all.add(i);
		}
		if (numeric || all.size() <= MAX_LABELS) {
			return all;
		}
		List<Integer> kept = new ArrayList<>(all);
		kept.sort(Comparator.comparingDouble((Integer i) -> histogram.real().get(i) + histogram.synthetic().get(i))
				.reversed());
		kept = new ArrayList<>(kept.subList(0, MAX_LABELS));
		kept.sort(Comparator.naturalOrder());
		return kept;
	}

	private static void axes(Html html, double plotWidth, double plotHeight, double top) {
		double bottom = TOP + plotHeight;
		html.empty("line", "x1", Svg.n(LEFT), "y1", Svg.n(bottom), "x2", Svg.n(LEFT + plotWidth), "y2", Svg.n(bottom),
				"class", "axisline");
		html.empty("line", "x1", Svg.n(LEFT), "y1", Svg.n(TOP), "x2", Svg.n(LEFT), "y2", Svg.n(bottom), "class",
				"axisline");
		html.element("text", Figures.percent(top), "x", Svg.n(LEFT - 3), "y", Svg.n(TOP + 8), "text-anchor", "end",
				"class", "axis");
		html.element("text", "0", "x", Svg.n(LEFT - 3), "y", Svg.n(bottom), "text-anchor", "end", "class", "axis");
	}

	private static void bar(Html html, double x, double width, double share, double top, double plotHeight,
			String color, String tooltip) {
		double height = share / top * plotHeight;
		html.open("rect", "x", Svg.n(x), "y", Svg.n(TOP + plotHeight - height), "width", Svg.n(width), "height",
				Svg.n(height), "fill", color);
		html.element("title", tooltip);
		html.close("rect");
	}

	private static void label(Html html, String text, double centre, double slot, int count) {
		int max = (int) Math.max(3, slot / 6.5);
		double y = TOP + (HEIGHT - TOP - BOTTOM) + 12;
		if (count > 8) {
			// many labels: written down the slot, turned, so that they do not overlap
			html.open("text", "transform", "translate(" + Svg.n(centre + 3) + "," + Svg.n(y - 4) + ") rotate(40)",
					"class", "axis");
			html.text(Svg.cut(text, 8)).close("text");
			return;
		}
		html.element("text", Svg.cut(text, max), "x", Svg.n(centre), "y", Svg.n(y), "text-anchor", "middle",
				"class", "axis");
	}
}
