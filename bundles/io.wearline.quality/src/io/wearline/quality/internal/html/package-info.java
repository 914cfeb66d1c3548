/**
 * The HTML of quality and fleet reports: one self-contained, well-formed page per report (inline CSS, charts as
 * inline SVG, no script and no external resource), so that it opens offline in any browser and parses as XML.
 * Every text that comes from data (column names, labels, file names, messages) is escaped here. Not API: use
 * {@link io.wearline.quality.QualityReportHtml} and {@link io.wearline.quality.FleetReportHtml}.
 */
package io.wearline.quality.internal.html;
