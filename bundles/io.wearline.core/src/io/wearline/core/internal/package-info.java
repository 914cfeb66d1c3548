/**
 * What every profile format shares: where in a file each element and field came from ({@link SourceMap}), the
 * problems found while reading, the translation of the validator's issues into problems at those places, and
 * the atomic file writes and size-limited reads every format goes through. Not API: exported to the tests, the
 * headless application and the workbench only.
 */
package io.wearline.core.internal;
