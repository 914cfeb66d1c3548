package io.wearline.quality.internal.html;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

import io.wearline.quality.internal.Figures;

/**
 * A square matrix over columns as an inline SVG heatmap: names down the left and along the top, one cell per pair
 * with a tooltip, a colour scale below. Cells shrink with the number of columns so that three maps fit side by
 * side on a laptop screen.
 */
final class HeatmapChart {
	private static final double MATRIX = 250;
	private static final double LEGEND = 34;

	private HeatmapChart() {
	}

	/**
	 * @param title the map's title, drawn above it
	 * @param columns the names of the rows and columns
	 * @param values the matrix
	 * @param color the colour of a value
	 * @param legendLow the value at the left of the legend
	 * @param legendHigh the value at its right
	 */
	static void write(Html html, String title, List<String> columns, double[][] values, DoubleFunction<String> color,
			double legendLow, double legendHigh) {
		int n = columns.size();
		double cell = Math.max(4, Math.min(18, Math.floor(MATRIX / Math.max(1, n))));
		int longest = columns.stream().mapToInt(String::length).max().orElse(1);
		double font = cell >= 10 ? 10 : Math.max(6, cell - 1);
		double margin = Math.min(90, Math.min(longest, 14) * font * 0.6 + 6);
		double width = margin + n * cell + 8;
		double height = margin + n * cell + LEGEND + 8;
		html.open("svg", "class", "heatmap", "width", Svg.n(width), "height", Svg.n(height), "viewBox",
				"0 0 " + Svg.n(width) + " " + Svg.n(height), "role", "img", "aria-label", title);
		html.element("title", title);
		for (int i = 0; i < n; i++) {
			double y = margin + i * cell;
			html.element("text", Svg.cut(columns.get(i), 14), "x", Svg.n(margin - 3), "y", Svg.n(y + cell * 0.75),
					"text-anchor", "end", "class", "axis", "font-size", Svg.n(font));
			double x = margin + i * cell;
			html.element("text", Svg.cut(columns.get(i), 14), "transform", "translate(" + Svg.n(x + cell * 0.72)
					+ "," + Svg.n(margin - 3) + ") rotate(-90)", "class", "axis", "font-size", Svg.n(font));
		}
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				String fill = color.apply(values[i][j]);
				html.open("rect", "x", Svg.n(margin + j * cell), "y", Svg.n(margin + i * cell), "width", Svg.n(cell),
						"height", Svg.n(cell), "fill", fill, "class", "cell");
				html.element("title", columns.get(i) + " / " + columns.get(j) + ": "
						+ (Double.isNaN(values[i][j]) ? "undefined" : Figures.twoDecimals(values[i][j])));
				html.close("rect");
				if (cell >= 18 && !Double.isNaN(values[i][j])) {
					html.element("text", oneDecimal(values[i][j]), "x",
							Svg.n(margin + j * cell + cell / 2), "y", Svg.n(margin + i * cell + cell * 0.65),
							"text-anchor", "middle", "class", Colors.dark(fill) ? "cellvalue light" : "cellvalue");
				}
			}
		}
		legend(html, margin, margin + n * cell + 10, Math.max(120, n * cell), color, legendLow, legendHigh);
		html.close("svg");
	}

	/** One decimal, without the "-0.0" of a tiny negative value. */
	private static String oneDecimal(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		return text.equals("-0.0") ? "0.0" : text;
	}

	private static void legend(Html html, double x, double y, double width, DoubleFunction<String> color, double low,
			double high) {
		int steps = 20;
		double step = width / steps;
		for (int k = 0; k < steps; k++) {
			double value = low + (high - low) * (k + 0.5) / steps;
			html.empty("rect", "x", Svg.n(x + k * step), "y", Svg.n(y), "width", Svg.n(step + 0.3), "height", "8",
					"fill", color.apply(value));
		}
		html.element("text", Figures.value(low), "x", Svg.n(x), "y", Svg.n(y + 19), "class", "axis");
		html.element("text", Figures.value((low + high) / 2), "x", Svg.n(x + width / 2), "y", Svg.n(y + 19),
				"text-anchor", "middle", "class", "axis");
		html.element("text", Figures.value(high), "x", Svg.n(x + width), "y", Svg.n(y + 19), "text-anchor", "end",
				"class", "axis");
	}
}
