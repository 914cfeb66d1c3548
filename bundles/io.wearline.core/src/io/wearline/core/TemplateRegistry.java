package io.wearline.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;

import io.wearline.core.internal.templates.TemplateContributions;
import io.wearline.dsl.MachineText;
import io.wearline.model.MachineProfile;

/**
 * The machine templates contributed through the extension point {@code io.wearline.core.templates} (schema
 * {@code schema/templates.exsd}). Wearline itself contributes blank, motor, pump, compressor, chiller, cnc and
 * turbofan; any bundle may add more. Outside OSGi, without an extension registry, there are no templates.
 */
public final class TemplateRegistry {
	/** The extension point's id. */
	public static final String EXTENSION_POINT = "io.wearline.core.templates";

	private static final TemplateRegistry DEFAULT = new TemplateRegistry();
	/** Templates are small; a larger file is a mistake, not a template. */
	private static final int MAX_TEMPLATE_BYTES = 1024 * 1024;

	/** The registry of the running platform. */
	public static TemplateRegistry get() {
		return DEFAULT;
	}

	/**
	 * Every contributed template, sorted by id. Read from the extension registry at each call, so bundles
	 * installed later are seen; contributions without id or file are skipped with a logged warning.
	 */
	public List<MachineTemplate> templates() {
		return TemplateContributions.read(EXTENSION_POINT).stream().sorted(Comparator.comparing(MachineTemplate::id))
				.toList();
	}

	/** The template with this id. */
	public Optional<MachineTemplate> find(String id) {
		return templates().stream().filter(t -> t.id().equals(id)).findFirst();
	}

	/**
	 * A new profile from a template, with the given machine id: the template parsed, detached from its file and
	 * renamed. The id is not checked here; {@link MachineStore#create} and the validator do.
	 *
	 * @throws IOException when the template cannot be read or does not parse
	 */
	public MachineProfile instantiate(MachineTemplate template, String machineId) throws IOException {
		String text;
		try (InputStream in = template.location().openStream()) {
			byte[] bytes = in.readNBytes(MAX_TEMPLATE_BYTES + 1);
			if (bytes.length > MAX_TEMPLATE_BYTES) {
				throw new IOException("Template '" + template.id() + "' (" + template.location() + ") is larger than "
						+ MAX_TEMPLATE_BYTES + " bytes; it is not a profile.");
			}
			text = new String(bytes, StandardCharsets.UTF_8);
		}
		XtextResource resource = MachineText.parse(text, URI.createURI(template.location().toString()));
		if (!resource.getErrors().isEmpty() || resource.getContents().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().isEmpty() ? null : resource.getErrors().get(0);
			throw new IOException("Template '" + template.id() + "' of " + template.contributor() + " does not parse"
					+ (first == null ? "" : ": line " + first.getLine() + ": " + first.getMessage()));
		}
		MachineProfile profile = EcoreUtil.copy((MachineProfile) resource.getContents().get(0));
		profile.setId(machineId);
		return profile;
	}
}
