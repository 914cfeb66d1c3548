package io.wearline.synth.internal.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.wearline.data.AtomicFile;
import io.wearline.data.ParquetTableWriter;
import io.wearline.data.Schema;
import io.wearline.data.Table;

/**
 * Dataset files written all or nothing: each file is written in chunks to a temporary file beside its target; only
 * when every file is complete are they renamed over their targets, one after the other. Until then the previous
 * files stay as they were, whatever fails or is cancelled; {@link #discard()} removes the temporary files.
 */
final class StagedDatasets implements AutoCloseable {

	/** One file being written. */
	private record Staged(Path target, Path temporary, ParquetTableWriter writer) {
	}

	private final List<Staged> files = new ArrayList<>();
	private final List<Path> finished = new ArrayList<>();
	private boolean committed;

	/** Starts the file that will replace {@code target}. */
	void open(Path target, Schema schema) throws IOException {
		Path temporary = AtomicFile.temporaryBeside(target);
		files.add(new Staged(target, temporary, ParquetTableWriter.open(temporary, schema)));
	}

	/** Appends a chunk to the file opened last. */
	void append(Table chunk) throws IOException {
		files.get(files.size() - 1).writer().append(chunk);
	}

	/** Finishes the file opened last (into its temporary file) and returns that temporary file. */
	Path finish() throws IOException {
		Staged staged = files.get(files.size() - 1);
		staged.writer().close();
		finished.add(staged.temporary());
		return staged.temporary();
	}

	/** Renames every finished file over its target. */
	void commit() throws IOException {
		if (finished.size() != files.size()) {
			throw new IllegalStateException("every file must be finished before the files are put in place");
		}
		for (Staged staged : files) {
			AtomicFile.replace(staged.temporary(), staged.target());
		}
		committed = true;
	}

	/** Throws away whatever was not put in place. */
	void discard() throws IOException {
		if (committed) {
			return;
		}
		for (Staged staged : files) {
			staged.writer().abort();
			Files.deleteIfExists(staged.temporary());
		}
		committed = true;
	}

	@Override
	public void close() throws IOException {
		discard();
	}
}
