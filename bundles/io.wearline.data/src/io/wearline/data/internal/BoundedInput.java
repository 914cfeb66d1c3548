package io.wearline.data.internal;

import io.wearline.data.TableReadException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Stops reading at the size limit should a file grow after its size was checked (a log still being written),
 * so that no file can exhaust memory whatever happens while it is read.
 */
final class BoundedInput extends CountedInput {
	private final Path file;
	private final long maxBytes;

	BoundedInput(InputStream in, Path file, long maxBytes) {
		super(in);
		this.file = file;
		this.maxBytes = maxBytes;
	}

	@Override
	protected void counted(long total) throws TableReadException {
		if (total > maxBytes) {
			throw new TableReadException(file, 0, null, "the file grew past the limit of " + maxBytes + " bytes while"
					+ " it was read; read it when it is complete, or raise the limit (ReadOptions.withMaxFileBytes)");
		}
	}
}
