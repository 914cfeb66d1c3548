package io.wearline.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

import io.wearline.dsl.validation.IssueCodes;
import io.wearline.model.Degradation;
import io.wearline.model.LawParameter;
import io.wearline.model.MachineProfile;
import io.wearline.model.RemainingUsefulLife;
import io.wearline.model.Sensor;
import io.wearline.model.WearlinePackage.Literals;

/**
 * The quick fixes of the profile language, one or more per fixable issue code of
 * {@link IssueCodes}. Each applies what the validator put in the issue data (a corrected id, a fitting unit, a
 * clamped value, normalised weights) as text edits, so the rest of the file keeps its layout and comments.
 * <p>
 * Fixes work on the text as the validator saw it; an editor applies them to that text, then parses and validates
 * again. {@link ProfileFixes} is the way to call them outside a language server.
 */
public class MachineQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {
	/** A number as the grammar writes it; fixes that replace a value replace only text of this form. */
	private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
	/** The issue datum that asks for two bounds to change places. */
	private static final String SWAP = "swap";

	/**
	 * The request being answered. Declarative fix methods receive only the acceptor, but their labels should name
	 * what they write ({@code Change the unit to "°C"}) and some fixes are offered once per candidate, so the
	 * request is kept here while {@link #getResolutions} runs, per thread.
	 */
	private static final ThreadLocal<FixRequest> REQUEST = new ThreadLocal<>();

	@Inject
	private IValueConverterService converters;

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		FixRequest outer = REQUEST.get();
		REQUEST.set(new FixRequest(options, diagnostic));
		try {
			return super.getResolutions(options, diagnostic);
		} finally {
			if (outer == null) {
				REQUEST.remove();
			} else {
				REQUEST.set(outer);
			}
		}
	}

	@QuickFix(IssueCodes.INVALID_ID)
	public void renameInvalidId(DiagnosticResolutionAcceptor acceptor) {
		FixRequest request = request();
		Optional<String> corrected = request.firstData();
		if (corrected.isEmpty()) {
			return;
		}
		int references = IdReferences.to(request.element()).size();
		String also = switch (references) {
		case 0 -> "";
		case 1 -> " and its reference";
		default -> " and its " + references + " references";
		};
		acceptor.accept("Rename to '" + corrected.get() + "'" + also, (diagnostic, element, document) -> {
			List<TextEdit> edits = new ArrayList<>(createTextEdit(diagnostic, id(corrected.get())));
			ProfileTextEdits text = new ProfileTextEdits(document);
			for (INode reference : IdReferences.to(element)) {
				edits.add(text.replace(reference, id(corrected.get())));
			}
			return edits;
		});
	}

	@QuickFix(IssueCodes.DUPLICATE_ID)
	public void renameDuplicate(DiagnosticResolutionAcceptor acceptor) {
		request().firstData().ifPresent(free -> acceptor.accept("Rename to '" + free + "'",
				(diagnostic, element, document) -> createTextEdit(diagnostic, id(free))));
	}

	@QuickFix(IssueCodes.MISSING_UNIT)
	public void addUnit(DiagnosticResolutionAcceptor acceptor) {
		request().firstData().ifPresent(unit -> acceptor.accept("Add unit " + quoted(unit),
				(diagnostic, element, document) -> new ElementEdits(document).addUnit(element, quoted(unit))));
	}

	/** One fix per unit that fits, the kind's usual unit first. */
	@QuickFix(IssueCodes.UNIT_KIND_MISMATCH)
	public void changeUnit(DiagnosticResolutionAcceptor acceptor) {
		for (String unit : request().data()) {
			acceptor.accept("Change the unit to " + quoted(unit),
					(diagnostic, element, document) -> createTextEdit(diagnostic, quoted(unit)));
		}
	}

	/** Offered for a reversed range only: swapping an empty range (min equal to max) changes nothing. */
	@QuickFix(IssueCodes.MIN_NOT_BELOW_MAX)
	public void swapRange(DiagnosticResolutionAcceptor acceptor) {
		if (request().element() instanceof Sensor sensor && sensor.getMin() > sensor.getMax()) {
			acceptor.accept("Swap minimum and maximum: range " + valueText(sensor, Literals.SENSOR__MAX) + " to "
					+ valueText(sensor, Literals.SENSOR__MIN),
					(diagnostic, element, document) -> new ElementEdits(document).swap(element,
							Literals.SENSOR__MIN, Literals.SENSOR__MAX));
		}
	}

	@QuickFix(IssueCodes.NOMINAL_OUT_OF_RANGE)
	public void clampNominal(DiagnosticResolutionAcceptor acceptor) {
		request().firstData().ifPresent(value -> acceptor.accept("Set the nominal to " + value,
				(diagnostic, element, document) -> new ElementEdits(document).setNominal(element, value)));
	}

	@QuickFix(IssueCodes.UNKNOWN_SENSOR)
	@QuickFix(IssueCodes.UNKNOWN_PARAMETER)
	public void useNearestId(DiagnosticResolutionAcceptor acceptor) {
		FixRequest request = request();
		request.firstData().ifPresent(nearest -> acceptor.accept(
				"Change '" + request.markedText().strip() + "' to '" + nearest + "'",
				(diagnostic, element, document) -> createTextEdit(diagnostic, id(nearest))));
	}

	/** Values the issue data gives as they should be: noise, adjustments, probabilities, weights, settings. */
	@QuickFix(IssueCodes.INVALID_NOISE)
	@QuickFix(IssueCodes.ADJUSTMENT_OUT_OF_RANGE)
	@QuickFix(IssueCodes.PROBABILITY_OUT_OF_RANGE)
	@QuickFix(IssueCodes.NEGATIVE_WEIGHT)
	@QuickFix(IssueCodes.INVALID_TRAINING)
	@QuickFix(IssueCodes.INVALID_SAMPLING_INTERVAL)
	@QuickFix(IssueCodes.INVALID_RATE_VARIABILITY)
	public void useSuggestedValue(DiagnosticResolutionAcceptor acceptor) {
		offerValue(acceptor);
	}

	/**
	 * A size below 1 gets the suggested size. When the sizes only exceed the row limit together, the datum is
	 * the limit itself, which is no size that fits, so no fix is offered.
	 */
	@QuickFix(IssueCodes.DATASET_SIZE)
	public void useFittingSize(DiagnosticResolutionAcceptor acceptor) {
		String marked = request().markedText().strip();
		if (NUMBER.matcher(marked).matches() && Double.parseDouble(marked) < 1) {
			offerValue(acceptor);
		}
	}

	@QuickFix(IssueCodes.HEALTH_OUT_OF_RANGE)
	public void fixHealth(DiagnosticResolutionAcceptor acceptor) {
		FixRequest request = request();
		if (!request.data().contains(SWAP)) {
			offerValue(acceptor);
		} else if (request.element() instanceof Degradation degradation) {
			acceptor.accept("Swap the initial wear bounds: initial wear "
					+ valueText(degradation, Literals.DEGRADATION__INITIAL_WEAR_MAX) + " to "
					+ valueText(degradation, Literals.DEGRADATION__INITIAL_WEAR_MIN),
					(diagnostic, element, document) -> new ElementEdits(document).swap(element,
							Literals.DEGRADATION__INITIAL_WEAR_MIN, Literals.DEGRADATION__INITIAL_WEAR_MAX));
		}
	}

	/** A reversed life range is swapped; a minimum below 1 has no datum and no fix. */
	@QuickFix(IssueCodes.INVALID_LIFE)
	public void swapLife(DiagnosticResolutionAcceptor acceptor) {
		FixRequest request = request();
		if (request.data().contains(SWAP) && request.element() instanceof RemainingUsefulLife life) {
			acceptor.accept("Swap the life bounds: life " + valueText(life, Literals.REMAINING_USEFUL_LIFE__MAX_LIFE)
					+ " to " + valueText(life, Literals.REMAINING_USEFUL_LIFE__MIN_LIFE),
					(diagnostic, element, document) -> new ElementEdits(document).swap(element,
							Literals.REMAINING_USEFUL_LIFE__MIN_LIFE, Literals.REMAINING_USEFUL_LIFE__MAX_LIFE));
		}
	}

	@QuickFix(IssueCodes.WEIGHTS_NOT_NORMALISED)
	public void normaliseWeights(DiagnosticResolutionAcceptor acceptor) {
		List<String> weights = request().data();
		acceptor.accept("Divide every weight by their sum: " + String.join(", ", weights),
				(diagnostic, element, document) -> profile(element)
						.map(profile -> new ElementEdits(document).replaceEach(profile.getRegimes(),
								Literals.OPERATING_REGIME__WEIGHT, weights))
						.orElse(List.of()));
	}

	@QuickFix(IssueCodes.PROBABILITIES_EXCEED_ONE)
	public void scaleProbabilities(DiagnosticResolutionAcceptor acceptor) {
		List<String> probabilities = request().data();
		acceptor.accept("Divide every probability by their sum: " + String.join(", ", probabilities),
				(diagnostic, element, document) -> profile(element)
						.map(profile -> new ElementEdits(document).replaceEach(profile.getFailureModes(),
								Literals.FAILURE_MODE__PROBABILITY, probabilities))
						.orElse(List.of()));
	}

	/** An unknown law: one fix per known law. A parameter the law does not take: one per parameter it takes. */
	@QuickFix(IssueCodes.UNKNOWN_LAW)
	public void useKnownLaw(DiagnosticResolutionAcceptor acceptor) {
		boolean parameter = request().element() instanceof LawParameter;
		for (String name : request().data()) {
			acceptor.accept(parameter ? "Change to parameter '" + name + "'" : "Use law '" + name + "'",
					(diagnostic, element, document) -> createTextEdit(diagnostic, id(name)));
		}
	}

	/** Removes the second mention of a law parameter with the comma before it. */
	@QuickFix(IssueCodes.DUPLICATE_LAW_PARAMETER)
	public void removeDuplicateLawParameter(DiagnosticResolutionAcceptor acceptor) {
		if (request().element() instanceof LawParameter parameter) {
			acceptor.accept("Remove the second '" + parameter.getName() + "'",
					(diagnostic, element, document) -> new ElementEdits(document).removeLawParameter(element));
		}
	}

	private void offerValue(DiagnosticResolutionAcceptor acceptor) {
		FixRequest request = request();
		String marked = request.markedText().strip();
		Optional<String> value = request.firstData();
		// the diagnostic marks the whole element when the value is not written; replacing that would destroy it
		if (value.isPresent() && NUMBER.matcher(marked).matches()) {
			acceptor.accept("Change " + marked + " to " + value.get(),
					(diagnostic, element, document) -> createTextEdit(diagnostic, value.get()));
		}
	}

	private static Optional<MachineProfile> profile(EObject element) {
		EObject container = element;
		while (container != null && !(container instanceof MachineProfile)) {
			container = container.eContainer();
		}
		return Optional.ofNullable((MachineProfile) container);
	}

	private static String valueText(EObject element, EAttribute feature) {
		INode node = ProfileTextEdits.node(element, feature);
		return node == null ? String.valueOf(element.eGet(feature)) : node.getText().strip();
	}

	/** An id as the grammar writes it: {@code ^unit} for a word of the language. */
	private String id(String value) {
		try {
			return converters.toString(value, "ValidID");
		} catch (ValueConverterException e) {
			return value; // not an identifier: the validator's data always is, so this is a stale request
		}
	}

	private String quoted(String value) {
		return converters.toString(value, "STRING");
	}

	private static FixRequest request() {
		FixRequest request = REQUEST.get();
		if (request == null) {
			throw new IllegalStateException("Fix methods are called by getResolutions, which says what to fix");
		}
		return request;
	}
}
