/**
 * Tests of io.wearline.core, run inside OSGi by tycho-surefire so that the extension registry and the embedded
 * library bundle io.wearline.lib.data are the real ones: every template through every format, the places of
 * problems in each format, hostile input, atomic writes, the machine store, and Parquet files written and read
 * through the library bundle's Hadoop.
 */
package io.wearline.core.tests;
