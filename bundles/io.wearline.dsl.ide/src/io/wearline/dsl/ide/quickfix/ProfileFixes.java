package io.wearline.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ReplaceRegion;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Quick fixes for an editor that is not a language-server client, such as the workbench's JFace editor: the fixes
 * of one validation issue of a parsed profile, as labels and text replacements. Get it from the injector of
 * {@link io.wearline.dsl.ide.MachineIdeSetup}.
 * <p>
 * Behind it are Xtext's IDE quick fixes ({@link MachineQuickfixProvider}), which are written for a language
 * server; this class plays the server's part for one document.
 */
public class ProfileFixes {
	@Inject
	private IQuickFixProvider quickfixes;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceFactory resourceFactory;

	/** Whether some fix handles issues of this kind, e.g. to show a light bulb next to its marker. */
	public boolean canFix(Issue issue) {
		Diagnostic diagnostic = new Diagnostic(new Range(), issue.getMessage(), severity(issue), "wearline",
				issue.getCode());
		return issue.getCode() != null && quickfixes.handlesDiagnostic(diagnostic);
	}

	/**
	 * The fixes of one issue, the preferred first; empty when it has none.
	 *
	 * @param resource the profile, parsed from the text the issue was found in
	 * @param issue an issue of that resource, from its {@code IResourceValidator}
	 */
	public List<ProfileFix> of(XtextResource resource, Issue issue) {
		String text = resource.getParseResult().getRootNode().getText();
		Document document = new Document(1, text);
		Diagnostic diagnostic = toDiagnostic(issue, document);
		if (!quickfixes.handlesDiagnostic(diagnostic)) {
			return List.of();
		}
		String uri = resource.getURI().toString();
		List<ProfileFix> fixes = new ArrayList<>();
		for (DiagnosticResolution resolution : quickfixes.getResolutions(options(resource, document, diagnostic),
				diagnostic)) {
			fixes.add(new ProfileFix(resolution.getLabel(), () -> replacements(resolution.apply(), uri, document)));
		}
		return fixes;
	}

	/** What a language server would pass to its code-action service for this diagnostic. */
	Options options(XtextResource resource, Document document, Diagnostic diagnostic) {
		String uri = resource.getURI().toString();
		Options options = new Options();
		options.setResource(resource);
		options.setDocument(document);
		options.setURI(uri);
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setLanguageServerAccess(new SingleDocumentAccess(resource, document, resourceSets, resourceFactory));
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic))));
		return options;
	}

	/** The diagnostic a language server would send for the issue, issue data included. */
	static Diagnostic toDiagnostic(Issue issue, Document document) {
		int start = Math.max(0, issue.getOffset() == null ? 0 : issue.getOffset());
		int end = start + Math.max(0, issue.getLength() == null ? 0 : issue.getLength());
		int length = document.getContents().length();
		Range range = new Range(document.getPosition(Math.min(start, length)),
				document.getPosition(Math.min(end, length)));
		Diagnostic diagnostic = new Diagnostic(range, issue.getMessage(), severity(issue), "wearline",
				issue.getCode());
		diagnostic.setData(issue.getData());
		return diagnostic;
	}

	private static DiagnosticSeverity severity(Issue issue) {
		if (issue.getSeverity() == null) {
			return DiagnosticSeverity.Error;
		}
		return switch (issue.getSeverity()) {
		case ERROR -> DiagnosticSeverity.Error;
		case WARNING -> DiagnosticSeverity.Warning;
		case INFO -> DiagnosticSeverity.Information;
		case IGNORE -> DiagnosticSeverity.Hint;
		};
	}

	private static List<ReplaceRegion> replacements(WorkspaceEdit edit, String uri, Document document) {
		List<ReplaceRegion> regions = new ArrayList<>();
		if (edit == null || edit.getChanges() == null) {
			return regions;
		}
		for (TextEdit textEdit : edit.getChanges().getOrDefault(uri, List.of())) {
			int start = document.getOffSet(textEdit.getRange().getStart());
			int end = document.getOffSet(textEdit.getRange().getEnd());
			regions.add(new ReplaceRegion(start, end - start, textEdit.getNewText()));
		}
		return regions;
	}
}
