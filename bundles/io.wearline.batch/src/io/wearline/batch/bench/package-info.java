/**
 * Benchmarks that need a warm JVM inside the product, started by {@code ./wearline bench}. They print figures;
 * targets are stated next to them, never asserted.
 */
package io.wearline.batch.bench;
