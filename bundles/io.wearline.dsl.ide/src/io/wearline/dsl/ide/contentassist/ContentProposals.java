package io.wearline.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Content assist for an editor that is not a language-server client, such as the workbench's JFace editor: the
 * proposals at a cursor position of a parsed profile, best first. Get it from the injector of
 * {@link io.wearline.dsl.ide.MachineIdeSetup}; it may be called from any thread, one call per resource at a time.
 * <p>
 * Each {@link ContentAssistEntry} says what to insert ({@code getProposal()}), what it replaces before the cursor
 * ({@code getPrefix()}), and how to show it ({@code getLabel()}, {@code getDescription()}, {@code getKind()}).
 * Entries of kind {@link ContentAssistEntry#KIND_SNIPPET} are templates in the language server protocol's snippet
 * syntax.
 */
public class ContentProposals {
	@Inject
	private Provider<ContentAssistContextFactory> contextFactories;

	@Inject
	private ExecutorService pool;

	@Inject
	private IdeContentProposalProvider proposalProvider;

	@Inject
	private Provider<IdeContentProposalAcceptor> acceptors;

	/**
	 * The proposals at {@code offset}.
	 *
	 * @param resource the profile, parsed from the editor's current text
	 * @param offset the cursor, from 0 to the length of the text
	 */
	public List<ContentAssistEntry> at(XtextResource resource, int offset) {
		String text = resource.getParseResult().getRootNode().getText();
		if (offset < 0 || offset > text.length()) {
			throw new IndexOutOfBoundsException(
					"Cursor offset " + offset + " lies outside the text of " + text.length() + " characters");
		}
		ContentAssistContextFactory factory = contextFactories.get();
		factory.setPool(pool);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = acceptors.get();
		proposalProvider.createProposals(Arrays.asList(contexts), acceptor);
		List<ContentAssistEntry> entries = new ArrayList<>();
		acceptor.getEntries().forEach(entries::add);
		return entries;
	}
}
