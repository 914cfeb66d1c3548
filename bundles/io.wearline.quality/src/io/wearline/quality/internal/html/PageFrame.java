package io.wearline.quality.internal.html;

/** The head and foot every report page shares: the character set, the title and the inline style sheet. */
final class PageFrame {
	/**
	 * The style sheet. It holds no {@code <} or {@code &}, so that the page stays well-formed XML, and names no
	 * font file or image: the system's fonts are used.
	 */
	private static final String CSS = """
			body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 0;
			  color: #1f2328; background: #f6f7f9; font-size: 14px; line-height: 1.45; }
			main { max-width: 1180px; margin: 0 auto; padding: 18px 24px 40px; }
			h1 { font-size: 22px; margin: 6px 0 2px; }
			h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
			h3 { font-size: 15px; margin: 0 0 4px; }
			.sub { color: #57606a; margin: 0 0 12px; }
			.verdict { padding: 10px 14px; border-radius: 6px; font-weight: 600; margin: 12px 0; color: #fff; }
			.verdict.pass { background: #1a7f37; color: #fff; }
			.verdict.fail { background: #c62828; color: #fff; }
			.verdict ul { margin: 4px 0 0 18px; padding: 0; font-weight: 400; }
			.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; }
			.card { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 10px 12px; }
			.card .label { color: #57606a; font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
			.card .score { font-size: 28px; font-weight: 650; margin: 2px 0; }
			.card .detail { color: #57606a; font-size: 12px; }
			.pass { color: #1a7f37; }
			.fail { color: #c62828; }
			.muted { color: #6b7280; }
			.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(372px, 1fr)); gap: 10px; }
			.column { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 10px; }
			.column p { margin: 2px 0 4px; }
			.figures { color: #57606a; font-size: 12px; }
			.heatmaps { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start; }
			.heatmaps figure { margin: 0; background: #fff; border: 1px solid #d0d7de; border-radius: 6px;
			  padding: 8px; }
			figcaption { font-weight: 600; margin-bottom: 4px; }
			table { border-collapse: collapse; background: #fff; margin: 6px 0; }
			th, td { border: 1px solid #d0d7de; padding: 3px 8px; text-align: left; vertical-align: top; }
			th { background: #eef1f4; font-weight: 600; }
			td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
			td.verdict-cell { white-space: nowrap; }
			ol.worst li { margin: 2px 0; }
			.legend span { display: inline-block; width: 12px; height: 12px; vertical-align: -2px; margin: 0 4px 0 10px; }
			details { margin: 8px 0; }
			summary { cursor: pointer; color: #0b57d0; }
			svg text.axis { font-size: 10px; fill: #57606a; }
			svg text.cellvalue { font-size: 7px; fill: #1f2328; }
			svg text.cellvalue.light { fill: #fff; }
			svg .axisline { stroke: #8c959f; stroke-width: 1; }
			svg rect.cell { stroke: #fff; stroke-width: 0.5; }
			footer { color: #6b7280; font-size: 12px; margin-top: 30px; }
			""";

	private PageFrame() {
	}

	static void open(Html html, String title) {
		html.markup("<!DOCTYPE html>").newline();
		html.open("html", "lang", "en").newline().open("head").newline();
		html.empty("meta", "charset", "utf-8").newline();
		html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
		html.element("title", title).newline();
		html.open("style").markup(CSS).close("style").newline();
		html.close("head").newline().open("body").newline().open("main").newline();
	}

	static void close(Html html, String footer) {
		html.element("footer", footer).newline();
		html.close("main").newline().close("body").newline().close("html").newline();
	}
}
