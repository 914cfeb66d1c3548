package io.wearline.synth.internal.train;

import java.util.Locale;

/** A duration written for people: {@code 0:42}, {@code 12:05}, {@code 1:02:03}. */
public final class TimeLeft {

	private TimeLeft() {
	}

	/** Seconds as {@code m:ss} or {@code h:mm:ss}, rounded to the second. */
	public static String format(double seconds) {
		long total = Math.max(0, Math.round(seconds));
		long hours = total / 3600;
		long minutes = total / 60 % 60;
		long rest = total % 60;
		return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
				: String.format(Locale.ROOT, "%d:%02d", minutes, rest);
	}
}
