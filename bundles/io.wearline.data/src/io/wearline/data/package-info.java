/**
 * Wearline's data layer: the columnar {@link io.wearline.data.Table} that simulation, synthesis and quality
 * scoring exchange, its immutable {@link io.wearline.data.Schema}, per-column
 * {@link io.wearline.data.ColumnStatistics}, and the readers and writers of tabular files ({@link
 * io.wearline.data.TableFormats}: CSV and JSON Lines today, Parquet and XLSX plug in through the same
 * {@link io.wearline.data.TableReader}/{@link io.wearline.data.TableWriter} seam).
 */
package io.wearline.data;
