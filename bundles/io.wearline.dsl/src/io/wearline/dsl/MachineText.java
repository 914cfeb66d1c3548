package io.wearline.dsl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.validation.AbstractValidationDiagnostic;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.FeatureBasedDiagnostic;

import com.google.inject.Injector;

import io.wearline.dsl.validation.IssueCodes;
import io.wearline.dsl.validation.ValidationLimits;
import io.wearline.model.MachineProfile;

/**
 * Profiles as text of the profile language: parse, write in the canonical layout, and validate with the one rule
 * set. This is what the rest of Wearline calls; it starts the language once, on first use, outside or inside
 * OSGi. Every method may be called from any thread.
 */
public final class MachineText {
	private static final URI SCRATCH = URI.createURI("scratch:/profile.machine");

	private MachineText() {
	}

	/** The started language; created on first use. */
	private static final class Language {
		static final Injector INJECTOR = new MachineStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	/** The injector of the started language, for services this class does not offer. */
	public static Injector injector() {
		return Language.INJECTOR;
	}

	/**
	 * Parses text into a fresh resource of its own resource set. Syntax errors do not throw: they are in the
	 * resource's {@code getErrors()}, and {@link #validate(XtextResource)} reports them with line and column.
	 *
	 * @param uri names the resource in messages; the text is not read from it
	 */
	public static XtextResource parse(String text, URI uri) {
		XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) injector().getInstance(IResourceFactory.class).createResource(uri);
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new UncheckedIOException("reading from memory failed", e);
		}
		return resource;
	}

	/**
	 * The profile as text in the canonical layout, ending with a line break. The profile is copied, so it may
	 * belong to any resource or to none, and it is left as it was. Values left unset are written only where the
	 * language needs them (a sensor's kind and range), with their defaults.
	 *
	 * @throws IllegalArgumentException when the profile holds what text cannot: no machine id, an id that is not
	 *         an identifier, a number that is NaN or infinite (the validator reports all of them first)
	 */
	public static String format(MachineProfile profile) {
		MachineProfile copy = EcoreUtil.copy(profile);
		XtextResource resource = (XtextResource) injector().getInstance(IResourceFactory.class).createResource(SCRATCH);
		injector().getInstance(XtextResourceSet.class).getResources().add(resource);
		resource.getContents().add(copy);
		try {
			return injector().getInstance(ISerializer.class).serialize(copy,
					SaveOptions.newBuilder().format().getOptions());
		} catch (RuntimeException e) {
			throw new IllegalArgumentException("Machine '" + profile.getId() + "' cannot be written as text: "
					+ e.getMessage(), e);
		}
	}

	/**
	 * Text reformatted into the canonical layout; comments are kept.
	 *
	 * @throws IllegalArgumentException when the text has syntax errors; the message names the first one's line
	 */
	public static String format(String text) {
		XtextResource resource = parse(text, SCRATCH);
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new IllegalArgumentException("The text cannot be formatted: line " + first.getLine() + ": "
					+ first.getMessage());
		}
		ITextRegionAccess regions = injector().getInstance(TextRegionAccessBuilder.class).forNodeModel(resource)
				.create();
		FormatterRequest request = injector().getInstance(FormatterRequest.class).setTextRegionAccess(regions);
		return regions.getRewriter().renderToString(injector().getInstance(IFormatter2.class).format(request));
	}

	/** Validates a profile of any origin with the limits of the system properties; see the other overload. */
	public static List<ProfileIssue> validate(MachineProfile profile) {
		return validate(profile, ValidationLimits.fromSystemProperties());
	}

	/**
	 * Validates a profile of any origin (parsed, imported, built in memory) with the one rule set. Issues on a
	 * profile parsed from text carry line and column; others carry 0 and name the element and feature.
	 */
	public static List<ProfileIssue> validate(MachineProfile profile, ValidationLimits limits) {
		injector(); // registers the validator with EMF
		Diagnostician diagnostician = new Diagnostician();
		Map<Object, Object> context = diagnostician.createDefaultContext();
		context.put(CheckMode.KEY, CheckMode.ALL);
		limits.putInto(context);
		List<ProfileIssue> issues = new ArrayList<>();
		collect(diagnostician.validate(profile, context), issues);
		return issues;
	}

	/**
	 * The syntax errors of a parsed resource, or, when it has none, the issues of its profile. A profile with
	 * syntax errors is incomplete, and judging what is missing would only add misleading messages.
	 */
	public static List<ProfileIssue> validate(XtextResource resource) {
		List<ProfileIssue> issues = new ArrayList<>();
		for (Resource.Diagnostic error : resource.getErrors()) {
			// Xtext's syntax errors know their region; other diagnostics only a line
			boolean region = error instanceof AbstractDiagnostic;
			issues.add(new ProfileIssue(ProfileIssue.Severity.ERROR, IssueCodes.SYNTAX_ERROR, error.getMessage(),
					List.of(), null, null, error.getLine(), error.getColumn(),
					region ? ((AbstractDiagnostic) error).getOffset() : -1,
					region ? ((AbstractDiagnostic) error).getLength() : 0));
		}
		if (issues.isEmpty() && !resource.getContents().isEmpty()
				&& resource.getContents().get(0) instanceof MachineProfile profile) {
			issues.addAll(validate(profile));
		}
		return issues;
	}

	private static void collect(Diagnostic diagnostic, List<ProfileIssue> issues) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() != Diagnostic.OK) {
				issues.add(toIssue(diagnostic));
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, issues);
		}
	}

	private static ProfileIssue toIssue(Diagnostic diagnostic) {
		ProfileIssue.Severity severity = switch (diagnostic.getSeverity()) {
		case Diagnostic.ERROR, Diagnostic.CANCEL -> ProfileIssue.Severity.ERROR;
		case Diagnostic.WARNING -> ProfileIssue.Severity.WARNING;
		default -> ProfileIssue.Severity.INFO;
		};
		if (diagnostic instanceof AbstractValidationDiagnostic validation) {
			EStructuralFeature feature = validation instanceof FeatureBasedDiagnostic f ? f.getFeature() : null;
			int index = validation instanceof FeatureBasedDiagnostic f ? f.getIndex() : -1;
			EObject element = validation.getSourceEObject();
			int[] place = place(element, feature, index);
			String[] data = validation.getIssueData();
			return new ProfileIssue(severity, validation.getIssueCode(), diagnostic.getMessage(),
					data == null ? List.of() : Arrays.asList(data), element, feature, place[0], place[1], place[2],
					place[3]);
		}
		// EMF's own constraints (multiplicity and the like), which carry no issue code of ours
		EObject element = diagnostic.getData().stream().filter(EObject.class::isInstance).map(EObject.class::cast)
				.findFirst().orElse(null);
		int[] place = place(element, null, -1);
		return new ProfileIssue(severity, diagnostic.getSource() + "." + diagnostic.getCode(), diagnostic.getMessage(),
				List.of(), element, null, place[0], place[1], place[2], place[3]);
	}

	/**
	 * Line, column, offset and length of an element's feature in the text it was parsed from, or
	 * {@code 0, 0, -1, 0}.
	 */
	private static int[] place(EObject element, EStructuralFeature feature, int index) {
		INode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return new int[] { 0, 0, -1, 0 };
		}
		if (feature != null) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
			if (!nodes.isEmpty()) {
				node = nodes.get(index >= 0 && index < nodes.size() ? index : 0);
			}
		}
		var lineAndColumn = NodeModelUtils.getLineAndColumn(node, node.getOffset());
		return new int[] { lineAndColumn.getLine(), lineAndColumn.getColumn(), node.getOffset(), node.getLength() };
	}
}
