package io.wearline.core.internal.store;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import io.wearline.core.ProfileChange;
import io.wearline.dsl.MachineText;
import io.wearline.model.MachineProfile;
import io.wearline.model.WearlinePackage;

/**
 * A profile's text as the store keeps it: parsed to compare versions, and with its machine id changed in place
 * (rename, duplicate, restore into a renamed machine) so that comments and layout stay as the user wrote them.
 */
public final class ProfileText {
	private static final URI NAME = URI.createURI("history:/profile.machine");

	private ProfileText() {
	}

	/** The profile the text holds; empty when it has syntax errors. */
	public static Optional<MachineProfile> parse(String text) {
		XtextResource resource = MachineText.parse(text, NAME);
		if (!resource.getErrors().isEmpty() || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof MachineProfile profile)) {
			return Optional.empty();
		}
		return Optional.of(profile);
	}

	/** The first syntax error of a text, as {@code line 4: ...}; empty when it parses. */
	public static Optional<String> syntaxError(String text) {
		List<Resource.Diagnostic> errors = MachineText.parse(text, NAME).getErrors();
		return errors.isEmpty() ? Optional.empty()
				: Optional.of("line " + errors.get(0).getLine() + ": " + errors.get(0).getMessage());
	}

	/**
	 * The text with the machine's id replaced where it is written; the rest is kept to the character.
	 *
	 * @throws IllegalArgumentException when the text has no machine id to replace (it does not parse)
	 */
	public static String withId(String text, String id) {
		XtextResource resource = MachineText.parse(text, NAME);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof MachineProfile profile)) {
			throw new IllegalArgumentException("the profile text holds no machine");
		}
		if (id.equals(profile.getId())) {
			return text;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(profile, WearlinePackage.Literals.MACHINE_PROFILE__ID);
		if (nodes.isEmpty()) {
			throw new IllegalArgumentException("the profile text names no machine id; write 'machine <id> ...'");
		}
		INode node = nodes.get(0);
		return text.substring(0, node.getOffset()) + id + text.substring(node.getOffset() + node.getLength());
	}

	/**
	 * One line on what changed from one text to the next, element by element: {@code sensor voltage: range
	 * 380–420 → 370–430; failure mode stator_short added}; for texts that do not parse or differ only in layout,
	 * a line that says so.
	 */
	public static String summary(String before, String after) {
		if (before.equals(after)) {
			return "no change";
		}
		Optional<MachineProfile> now = parse(after);
		if (now.isEmpty()) {
			return "text changed; it does not parse (" + syntaxError(after).orElse("syntax error") + ")";
		}
		Optional<MachineProfile> old = parse(before);
		if (old.isEmpty()) {
			return "text changed; the earlier text did not parse";
		}
		List<ProfileChange> changes = ElementComparison.between(old.get(), now.get());
		return changes.isEmpty() ? "layout or comments changed" : ProfileChange.summary(changes);
	}
}
