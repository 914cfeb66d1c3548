package io.wearline.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;

import io.wearline.dsl.ide.contentassist.MachineContentProposalProvider;
import io.wearline.dsl.ide.quickfix.MachineQuickfixProvider;

/**
 * The editor services of the profile language that do not depend on an IDE: content assist and quick fixes. A
 * JFace editor calls them through {@link io.wearline.dsl.ide.contentassist.ContentProposals} and
 * {@link io.wearline.dsl.ide.quickfix.ProfileFixes}; a language server gets the same fixes as code actions.
 */
public class MachineIdeModule extends AbstractMachineIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return MachineContentProposalProvider.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return MachineQuickfixProvider.class;
	}

	/** Offers the quick fixes to language-server clients as code actions. */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}
}
