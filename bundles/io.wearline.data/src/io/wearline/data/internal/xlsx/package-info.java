/**
 * XLSX workbooks read into tables with Apache POI's streaming event API (embedded in io.wearline.lib.data): one
 * sheet parsed row by row without a model of the workbook, a header row, the cells kept as text and typed by the
 * same inference and conversion as CSV, so that a table reads the same from either format. Every part of the zip
 * archive is read within limits that stop a zip bomb. Messages name the sheet and the cell as a spreadsheet
 * program shows them (B7).
 */
package io.wearline.data.internal.xlsx;
