/**
 * The XLSX profile format: a workbook whose sheets hold the document shape of JSON and YAML, flattened into
 * key/value sheets (Machine, Dataset, Training) and tables with one row per element (Sensors, Parameters) or
 * per element and sub-element (Regimes, FailureModes); {@link io.wearline.core.internal.workbook.WorkbookLayout}
 * documents the layout. Reading goes through POI's zip-bomb guard, whose limits are global to the POI bundle
 * and set under a lock before each read. Not API.
 */
package io.wearline.core.internal.workbook;
