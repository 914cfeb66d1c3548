package io.wearline.data.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a text file as UTF-8, skipping a byte order mark (spreadsheet programs write one) and failing on bytes
 * that are not UTF-8 instead of turning them silently into replacement characters.
 */
public final class TextInput {
	private static final int BUFFER = 1 << 16;

	private TextInput() {
	}

	/**
	 * A reader of the file's text after any UTF-8 byte order mark, which fails with a {@link
	 * io.wearline.data.TableReadException} once more than {@code maxBytes} have been read.
	 */
	public static BufferedReader open(Path file, long maxBytes) throws IOException {
		InputStream in = new BufferedInputStream(new BoundedInput(Files.newInputStream(file), file, maxBytes), BUFFER);
		try {
			in.mark(3);
			byte[] head = in.readNBytes(3);
			boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
					&& (head[2] & 0xFF) == 0xBF;
			if (!bom) {
				in.reset();
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
					BUFFER);
		} catch (IOException | RuntimeException e) {
			in.close();
			throw e;
		}
	}
}
