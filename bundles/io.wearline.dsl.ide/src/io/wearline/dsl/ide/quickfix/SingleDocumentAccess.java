package io.wearline.dsl.ide.quickfix;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Provider;

/**
 * What Xtext's quick fixes expect of a language server, for one open profile and no server: the fixes read the
 * document, and parse it afresh to find the element they fix. Profiles do not refer to other files, so one
 * document is the whole workspace.
 */
final class SingleDocumentAccess implements ILanguageServerAccess {
	private final Resource resource;
	private final Document document;
	private final Provider<XtextResourceSet> resourceSets;
	private final IResourceFactory resourceFactory;

	SingleDocumentAccess(Resource resource, Document document, Provider<XtextResourceSet> resourceSets,
			IResourceFactory resourceFactory) {
		this.resource = resource;
		this.document = document;
		this.resourceSets = resourceSets;
		this.resourceFactory = resourceFactory;
	}

	@Override
	public <T> CompletableFuture<T> doRead(String uri, Function<Context, T> function) {
		return CompletableFuture.completedFuture(doSyncRead(uri, function));
	}

	@Override
	public <T> T doSyncRead(String uri, Function<Context, T> function) {
		return function.apply(new Context(resource, document, true, CancelIndicator.NullImpl));
	}

	@Override
	public <T> CompletableFuture<T> doReadIndex(Function<? super IndexContext, ? extends T> function) {
		throw new UnsupportedOperationException("A single profile has no index: profiles refer to no other file");
	}

	@Override
	public void addBuildListener(IBuildListener listener) {
		// one document is never built
	}

	@Override
	public LanguageClient getLanguageClient() {
		return null;
	}

	/** A fresh parse of the document, so that a fix may change its model without touching the editor's. */
	@Override
	public ResourceSet newLiveScopeResourceSet(URI uri) {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource copy = (XtextResource) resourceFactory.createResource(uri);
		resourceSet.getResources().add(copy);
		try {
			copy.load(new ByteArrayInputStream(document.getContents().getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new UncheckedIOException("Reading the profile from memory failed", e);
		}
		return resourceSet;
	}

	/** A client that takes plain edits per document, which is what an editor applies. */
	@Override
	public InitializeParams getInitializeParams() {
		WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
		edits.setDocumentChanges(false);
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceEdit(edits);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setWorkspace(workspace);
		InitializeParams params = new InitializeParams();
		params.setCapabilities(capabilities);
		return params;
	}

	@Override
	public InitializeResult getInitializeResult() {
		return new InitializeResult();
	}
}
