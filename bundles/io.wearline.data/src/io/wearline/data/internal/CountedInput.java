package io.wearline.data.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that counts the bytes read or skipped through it and lets its subclass refuse the read as soon as the
 * count passes a limit of its own ({@link #counted(long)}), so that no input can exhaust memory whatever it holds.
 */
public abstract class CountedInput extends FilterInputStream {
	private long count;

	/** Counts what is read from {@code in}. */
	protected CountedInput(InputStream in) {
		super(in);
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			add(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			add(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		add(skipped);
		return skipped;
	}

	private void add(long bytes) throws IOException {
		count += bytes;
		counted(count);
	}

	/**
	 * Told the bytes read so far after every read; throws to stop the read.
	 *
	 * @param total the bytes read or skipped so far
	 * @throws IOException to refuse the input, with a message naming it and the limit
	 */
	protected abstract void counted(long total) throws IOException;
}
