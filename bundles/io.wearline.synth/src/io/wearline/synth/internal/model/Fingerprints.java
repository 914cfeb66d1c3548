package io.wearline.synth.internal.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.wearline.dsl.MachineText;
import io.wearline.model.MachineProfile;

/**
 * SHA-256 fingerprints in hex: of bytes, of a file, and of a profile. A profile's fingerprint is taken over its
 * canonical text (the profile language as the formatter writes it), so the same profile gives the same
 * fingerprint whatever format or layout it was saved in, and any change of a value changes it.
 */
public final class Fingerprints {

	private Fingerprints() {
	}

	/** The SHA-256 of bytes, in lower-case hex. */
	public static String of(byte[] bytes) {
		return HexFormat.of().formatHex(digest().digest(bytes));
	}

	/** The SHA-256 of several byte arrays one after the other. */
	public static String of(byte[]... parts) {
		MessageDigest digest = digest();
		for (byte[] part : parts) {
			digest.update(part);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** The SHA-256 of a file's bytes, read in blocks. */
	public static String ofFile(Path file) throws IOException {
		MessageDigest digest = digest();
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * The SHA-256 of a profile's canonical text.
	 *
	 * @throws IllegalArgumentException when the profile holds what the profile language cannot write (a NaN), which
	 *             the validator refuses before any training
	 */
	public static String ofProfile(MachineProfile profile) {
		return of(MachineText.format(profile).getBytes(StandardCharsets.UTF_8));
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
