package io.wearline.dsl.formatting2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;

import io.wearline.model.Degradation;
import io.wearline.model.FailureMode;
import io.wearline.model.MachineProfile;
import io.wearline.model.OperatingParameter;
import io.wearline.model.OperatingRegime;
import io.wearline.model.Sensor;
import io.wearline.model.TrainingSpec;
import io.wearline.model.DatasetSpec;

/**
 * The canonical layout of a {@code .machine} file: two spaces of indentation inside every {@code { }}, one
 * statement per line, a blank line between the top-level blocks (parameters stay together), single spaces
 * elsewhere, no space before {@code ,} or inside {@code ( )}. The same layout is used when a profile is written
 * from a model, so a formatted file and a written one look alike.
 * <p>
 * Every hidden region gets a single space at low priority; the statement boundaries of each block get their
 * line breaks exactly once, so no two rules ever disagree about a region.
 */
public class MachineFormatter extends AbstractJavaFormatter {
	private static final String INDENTATION = "  ";

	/** The statements of each block that start with a keyword, in the order of the grammar. */
	private static final Map<Class<?>, List<String>> STATEMENT_KEYWORDS = new HashMap<>();

	static {
		STATEMENT_KEYWORDS.put(MachineProfile.class, List.of("type", "manufacturer", "model", "description"));
		STATEMENT_KEYWORDS.put(Sensor.class, List.of("kind", "unit", "range", "nominal", "noise", "wear", "sampled"));
		STATEMENT_KEYWORDS.put(OperatingRegime.class, List.of());
		STATEMENT_KEYWORDS.put(Degradation.class, List.of("law", "initial", "rate", "failure"));
		STATEMENT_KEYWORDS.put(FailureMode.class, List.of("probability", "onset"));
		STATEMENT_KEYWORDS.put(DatasetSpec.class, List.of("train", "validation", "test", "split", "seed"));
		STATEMENT_KEYWORDS.put(TrainingSpec.class,
				List.of("epochs", "batch", "embedding", "compress", "decompress", "learning", "l2", "seed"));
	}

	/** The canonical indentation wins over the editor's, so every file looks the same everywhere. */
	@Override
	protected void initialize(FormatterRequest request) {
		Map<String, String> canonical = Map.of(FormatterPreferenceKeys.indentation.getId(), INDENTATION,
				FormatterPreferenceKeys.indentationLength.getId(), Integer.toString(INDENTATION.length()));
		request.setPreferences(request.getPreferences() == null ? new MapBasedPreferenceValues(new HashMap<>(canonical))
				: new MapBasedPreferenceValues(request.getPreferences(), new HashMap<>(canonical)));
		super.initialize(request);
	}

	/**
	 * The serializer formats a profile that is in no resource with no resource to start from; start from the root
	 * of the text regions instead, so that such a profile gets the same layout.
	 */
	@Override
	protected void _format(Void noResource, IFormattableDocument doc) {
		IEObjectRegion root = getTextRegionAccess().regionForRootEObject();
		if (root != null && root.getSemanticElement() != null) {
			format(root.getSemanticElement(), doc);
		}
	}

	protected void format(MachineProfile profile, IFormattableDocument doc) {
		for (ISemanticRegion region : allSemanticRegions(profile)) {
			doc.set(region.getNextHiddenRegion(), r -> {
				r.lowPriority();
				r.oneSpace();
			});
		}
		ISemanticRegion machine = regionFor(profile).keyword("machine");
		if (machine != null) {
			doc.set(machine.getPreviousHiddenRegion(), this::noSpace);
		}
		ISemanticRegion close = formatBlock(profile, doc);
		if (close != null) {
			doc.set(close.getNextHiddenRegion(), this::newLine);
		}
		for (EObject child : profile.eContents()) {
			doc.format(child);
		}
	}

	protected void format(Sensor sensor, IFormattableDocument doc) {
		formatBlock(sensor, doc);
	}

	protected void format(OperatingRegime regime, IFormattableDocument doc) {
		formatBlock(regime, doc);
	}

	protected void format(FailureMode mode, IFormattableDocument doc) {
		formatBlock(mode, doc);
	}

	protected void format(DatasetSpec dataset, IFormattableDocument doc) {
		formatBlock(dataset, doc);
	}

	protected void format(TrainingSpec training, IFormattableDocument doc) {
		formatBlock(training, doc);
		formatParentheses(training, doc);
	}

	protected void format(Degradation degradation, IFormattableDocument doc) {
		formatBlock(degradation, doc);
		ISemanticRegion open = regionFor(degradation).keyword("(");
		if (open != null) {
			// a law reads like a call: exponential(rate = 3)
			doc.set(open.getPreviousHiddenRegion(), this::noSpace);
		}
		formatParentheses(degradation, doc);
	}

	/**
	 * Indents a block's interior and puts each of its statements on a line of its own. Returns the closing brace,
	 * or {@code null} for an element without braces (a regime without adjustments).
	 */
	private ISemanticRegion formatBlock(EObject block, IFormattableDocument doc) {
		ISemanticRegionsFinder regions = regionFor(block);
		ISemanticRegion open = regions.keyword("{");
		ISemanticRegion close = regions.keyword("}");
		if (open == null || close == null) {
			return null;
		}
		doc.interior(open, close, this::indent);
		List<Statement> statements = statements(block);
		Statement previous = null;
		for (Statement statement : statements) {
			int lines = previous == null ? 1 : linesBetween(block, previous, statement);
			doc.set(statement.before(), r -> r.setNewLines(lines));
			previous = statement;
		}
		doc.set(close.getPreviousHiddenRegion(), this::newLine);
		return close;
	}

	/** The statements of a block in text order: those starting with a keyword, and the contained elements. */
	private List<Statement> statements(EObject block) {
		List<Statement> statements = new ArrayList<>();
		ISemanticRegionsFinder regions = regionFor(block);
		for (String keyword : STATEMENT_KEYWORDS.getOrDefault(block.eClass().getInstanceClass(), List.of())) {
			ISemanticRegion region = regions.keyword(keyword);
			if (region != null) {
				statements.add(new Statement(region.getPreviousHiddenRegion(), null));
			}
		}
		for (EObject child : block.eContents()) {
			if (isStatement(child) && regionForEObject(child) != null) {
				statements.add(new Statement(regionForEObject(child).getPreviousHiddenRegion(), child));
			}
		}
		statements.sort(Comparator.comparingInt(statement -> statement.before().getOffset()));
		return statements;
	}

	/** Law parameters sit inside the law's line; every other contained element is a statement of its own. */
	private static boolean isStatement(EObject child) {
		return !(child.eContainer() instanceof Degradation);
	}

	/**
	 * A blank line between the blocks of a machine (sensors, regimes, degradation, life, failures, dataset,
	 * training) and after its header lines; none between header lines, between parameters, or inside a block.
	 */
	private static int linesBetween(EObject block, Statement previous, Statement next) {
		if (!(block instanceof MachineProfile)) {
			return 1;
		}
		boolean headerLines = previous.element() == null && next.element() == null;
		boolean parameters = previous.element() instanceof OperatingParameter
				&& next.element() instanceof OperatingParameter;
		return headerLines || parameters ? 1 : 2;
	}

	/** No space inside parentheses or before commas: {@code (128, 128)}. */
	private void formatParentheses(EObject element, IFormattableDocument doc) {
		ISemanticRegionsFinder regions = regionFor(element);
		for (ISemanticRegion open : regions.keywords("(")) {
			doc.set(open.getNextHiddenRegion(), this::noSpace);
		}
		for (ISemanticRegion close : regions.keywords(")")) {
			doc.set(close.getPreviousHiddenRegion(), this::noSpace);
		}
		for (ISemanticRegion comma : regions.keywords(",")) {
			doc.set(comma.getPreviousHiddenRegion(), this::noSpace);
		}
	}

	/**
	 * One line of a block: the hidden region before it, and the element it is, or {@code null} for a statement
	 * made of keywords and values of the block itself.
	 */
	private record Statement(IHiddenRegion before, EObject element) {
	}
}
