/**
 * Parquet files for tables: the mapping of column types to Parquet's physical and logical types, the write
 * support that feeds a table's columns to Parquet's writer without Avro, and the reader of whole files. Every
 * call into Parquet runs through {@link io.wearline.lib.data.Hadoop#call}, which gives the embedded libraries
 * the class loader they need inside OSGi.
 */
package io.wearline.data.internal.parquet;
