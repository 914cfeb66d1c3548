package io.wearline.core.internal.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a profile's text, by which the store notices an edit made outside Wearline. */
public final class TextHash {

	private TextHash() {
	}

	/** The SHA-256 of the text's UTF-8 bytes, in lower-case hex. */
	public static String of(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}
