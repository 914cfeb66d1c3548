package io.wearline.ui;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * The Wearline workspace folder, which holds one folder per machine (DESIGN.md section 3). It is the folder the
 * system property {@value #PROPERTY} names, else the Eclipse instance location ({@code -data}), so the workbench
 * and the {@code ./wearline} commands can share one folder.
 */
public final class WorkspaceFolder {
	/** The system property that names the workspace folder, overriding {@code -data}. */
	public static final String PROPERTY = "wearline.workspace";

	private WorkspaceFolder() {
	}

	/**
	 * The workspace folder of this run.
	 *
	 * @throws IllegalStateException when neither the property nor an instance location is set ({@code -data @none})
	 */
	public static Path current() {
		String property = System.getProperty(PROPERTY);
		if (property != null && !property.isBlank()) {
			return Path.of(property.strip()).toAbsolutePath().normalize();
		}
		Location instance = Platform.getInstanceLocation();
		if (instance == null || instance.getURL() == null) {
			throw new IllegalStateException("Wearline has no workspace folder: start it with -data <folder> or -D"
					+ PROPERTY + "=<folder>.");
		}
		return toPath(instance.getURL());
	}

	private static Path toPath(URL url) {
		try {
			// the instance location's URL is not encoded (spaces stay spaces), which URIUtil expects
			return Path.of(URIUtil.toURI(url)).toAbsolutePath().normalize();
		} catch (URISyntaxException e) {
			throw new IllegalStateException("The workspace location " + url + " is not a folder path: start Wearline"
					+ " with -data <folder>.", e);
		}
	}
}
