/**
 * Parquet files for tables: the mapping of column types to Parquet's physical and logical types, the writer that
 * feeds a table's columns to Parquet's column writers row group by row group (no records, no Avro), the reader
 * that decodes a file's pages straight into column builders, and where a file goes: a local path or a Hadoop file
 * system's URI, through a temporary file renamed into place. Every call into Parquet runs through
 * {@link io.wearline.lib.data.Hadoop#call}, which gives the embedded libraries the class loader they need inside
 * OSGi.
 */
package io.wearline.data.internal.parquet;
