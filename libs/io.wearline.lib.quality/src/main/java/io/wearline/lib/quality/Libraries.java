package io.wearline.lib.quality;

/** The versions of the embedded libraries, for reports that say what trained their models. */
public final class Libraries {
	/** The embedded Tribuo's version. */
	public static final String TRIBUO_VERSION = "4.3.2";

	private Libraries() {
	}
}
