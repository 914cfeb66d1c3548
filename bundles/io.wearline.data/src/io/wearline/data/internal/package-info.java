/**
 * What the file formats share: strict number syntax, the conversion of cell texts to typed values, type
 * inference, the collection of a file's cells before they become a table, the size and emptiness checks before
 * reading, the atomic replacement of a file, and the shutdown hook that deletes the temporary files of writes
 * the JVM stopped in the middle ({@link io.wearline.data.internal.PendingFiles}). Not API: exported to the tests
 * only.
 */
package io.wearline.data.internal;
