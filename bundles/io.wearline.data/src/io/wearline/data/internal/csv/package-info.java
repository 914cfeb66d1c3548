/**
 * CSV files through Apache Commons CSV: the reader (byte order mark, CRLF, quoting, separator detection, a
 * header line required) and the writer (comma, LF, minimal quoting, missing values as empty cells). Not API:
 * reached through {@link io.wearline.data.TableFormats}; exported to the tests only.
 */
package io.wearline.data.internal.csv;
