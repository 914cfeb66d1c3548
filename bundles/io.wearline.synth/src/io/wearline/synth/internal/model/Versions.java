package io.wearline.synth.internal.model;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.wearline.lib.ml.Nd4jRuntime;

/** The versions recorded with every model, run and dataset: Wearline's, the libraries' and Java's. */
public final class Versions {

	private Versions() {
	}

	/** {@code wearline}, {@code nd4j}, {@code javacpp} and {@code java}, in that order. */
	public static Map<String, String> current() {
		Map<String, String> versions = new LinkedHashMap<>();
		versions.put("wearline", wearline());
		versions.put("nd4j", Nd4jRuntime.ND4J_VERSION);
		versions.put("javacpp", Nd4jRuntime.JAVACPP_VERSION);
		versions.put("java", Runtime.version().toString());
		return versions;
	}

	/** The synthesizer bundle's version; "unknown" outside OSGi (on a plain class path). */
	public static String wearline() {
		Bundle bundle = FrameworkUtil.getBundle(Versions.class);
		return bundle == null ? "unknown" : bundle.getVersion().toString();
	}
}
