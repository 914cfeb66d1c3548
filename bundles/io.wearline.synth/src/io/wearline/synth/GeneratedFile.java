package io.wearline.synth;

import java.nio.file.Path;

/**
 * One dataset file a generation wrote.
 *
 * @param split {@code train}, {@code val} or {@code test}
 * @param file the Parquet file
 * @param rows its rows
 * @param sha256 the SHA-256 of its bytes, in hex
 */
public record GeneratedFile(String split, Path file, int rows, String sha256) {
}
