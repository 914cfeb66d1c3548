package io.wearline.data.internal;

import io.wearline.data.TableReadException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Stops reading at the size limit should a file grow after its size was checked (a log still being written),
 * so that no file can exhaust memory whatever happens while it is read.
 */
final class BoundedInput extends FilterInputStream {
	private final Path file;
	private final long maxBytes;
	private long read;

	BoundedInput(InputStream in, Path file, long maxBytes) {
		super(in);
		this.file = file;
		this.maxBytes = maxBytes;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	private void count(int bytes) throws TableReadException {
		read += bytes;
		if (read > maxBytes) {
			throw new TableReadException(file, 0, null, "the file grew past the limit of " + maxBytes + " bytes while"
					+ " it was read; read it when it is complete, or raise the limit (ReadOptions.withMaxFileBytes)");
		}
	}
}
