package io.wearline.dsl.ide.quickfix;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * What a fix method is asked to fix: the diagnostic, its issue data, the text it marks and the element it is on,
 * in the profile as it is now (before any fix).
 */
record FixRequest(Options options, Diagnostic diagnostic) {

	List<String> data() {
		return IssueData.of(diagnostic);
	}

	/** The first issue datum, e.g. the corrected id or the suggested value. */
	Optional<String> firstData() {
		List<String> data = data();
		return data.isEmpty() ? Optional.empty() : Optional.of(data.get(0));
	}

	/** The text the diagnostic marks, e.g. the number that is out of range. */
	String markedText() {
		Document document = options.getDocument();
		return document.getSubstring(diagnostic.getRange());
	}

	/** The element the diagnostic is on, or null when the resource is not a parsed profile. */
	EObject element() {
		if (!(options.getResource() instanceof XtextResource resource)) {
			return null;
		}
		int offset = options.getDocument().getOffSet(diagnostic.getRange().getStart());
		return new EObjectAtOffsetHelper().resolveContainedElementAt(resource, offset);
	}
}
