package io.wearline.core.internal.templates;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;

import io.wearline.core.MachineTemplate;
import io.wearline.model.MachineType;

/**
 * The {@code template} elements contributed to the templates extension point, as records. A contribution that
 * misses its id, names no file, names a file its bundle lacks, names an unknown machine type or repeats an id is
 * skipped (the first contribution of an id, in registry order, wins) and logged, so one broken bundle never hides
 * the templates of the others.
 */
public final class TemplateContributions {
	private static final String TEMPLATE = "template";

	private TemplateContributions() {
	}

	/** The valid contributions to an extension point; none outside OSGi. */
	public static List<MachineTemplate> read(String extensionPoint) {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return List.of();
		}
		List<MachineTemplate> templates = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(extensionPoint)) {
			if (!TEMPLATE.equals(element.getName())) {
				continue;
			}
			MachineTemplate template = template(element);
			if (template == null) {
				continue;
			}
			if (ids.add(template.id())) {
				templates.add(template);
			} else {
				warn(element, "repeats the template id '" + template.id() + "' of another contribution; it is ignored");
			}
		}
		return templates;
	}

	private static MachineTemplate template(IConfigurationElement element) {
		String contributor = element.getContributor().getName();
		String id = element.getAttribute("id");
		String file = element.getAttribute("file");
		if (id == null || id.isBlank() || file == null || file.isBlank()) {
			warn(element, "has no id or no file; it is ignored");
			return null;
		}
		Bundle bundle = Platform.getBundle(contributor);
		URL location = bundle == null ? null : bundle.getEntry(file);
		if (location == null) {
			warn(element, "names the file '" + file + "', which bundle " + contributor + " does not hold; it is ignored");
			return null;
		}
		String typeName = element.getAttribute("machineType");
		MachineType type = typeName == null ? MachineType.CUSTOM : MachineType.get(typeName);
		if (type == null) {
			warn(element, "names the machine type '" + typeName + "', which is not one of " + MachineType.VALUES
					+ "; it is ignored");
			return null;
		}
		String name = element.getAttribute("name");
		String description = element.getAttribute("description");
		return new MachineTemplate(id, name == null ? id : name, description == null ? "" : description, contributor,
				location, type);
	}

	private static void warn(IConfigurationElement element, String what) {
		ILog.of(TemplateContributions.class).warn("A template contributed by " + element.getContributor().getName()
				+ " to io.wearline.core.templates " + what + ".");
	}
}
