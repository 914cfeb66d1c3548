package io.wearline.batch.command;

import java.nio.file.Path;

/**
 * A profile file to read.
 *
 * @param file where it is (absolute)
 * @param shownName the file as the user named it (a relative path stays relative), used in every message
 */
public record ProfileFile(Path file, String shownName) {
}
