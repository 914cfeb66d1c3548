/**
 * The way into the libraries this bundle embeds (Parquet, Avro, Hadoop, POI) from OSGi. The libraries' own
 * packages are exported unchanged; this package only holds what OSGi makes necessary: Hadoop finds its file
 * systems and codecs through the thread context class loader and its Configuration's class loader, which in a
 * bundle are not the loader that sees Hadoop's jars, so every Hadoop (and Parquet-on-Hadoop) call runs through
 * {@link io.wearline.lib.data.Hadoop}.
 */
package io.wearline.lib.data;
