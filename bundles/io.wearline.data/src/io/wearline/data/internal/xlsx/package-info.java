/**
 * XLSX workbooks read into tables with Apache POI (embedded in io.wearline.lib.data): one sheet, a header row,
 * the cells kept as text and typed by the same inference and conversion as CSV, so that a table reads the same
 * from either format. Messages name the sheet and the cell as a spreadsheet program shows them (B7).
 */
package io.wearline.data.internal.xlsx;
