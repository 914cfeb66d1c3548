/**
 * Wearline's data layer: the columnar {@link io.wearline.data.Table} that simulation, synthesis and quality
 * scoring exchange, its immutable {@link io.wearline.data.Schema}, per-column
 * {@link io.wearline.data.ColumnStatistics}, and the readers and writers of tabular files ({@link
 * io.wearline.data.TableFormats}: CSV, JSON Lines and Parquet read and written, XLSX read, all through the
 * {@link io.wearline.data.TableReader}/{@link io.wearline.data.TableWriter} seam; large tables stream into
 * Parquet with {@link io.wearline.data.ParquetTableWriter}). A file is named by a local path or by a
 * {@link io.wearline.data.TableLocation}, which may be the URI of a Hadoop file system ({@code file:},
 * {@code hdfs:}, {@code s3a:}) for Parquet. A producer that fills whole arrays itself hands them over without a
 * copy through {@link io.wearline.data.ArrayColumns}.
 */
package io.wearline.data;
