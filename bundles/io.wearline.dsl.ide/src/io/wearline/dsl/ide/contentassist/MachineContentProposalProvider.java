package io.wearline.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

import io.wearline.dsl.DegradationLaws;
import io.wearline.dsl.SensorUnits;
import io.wearline.model.Degradation;
import io.wearline.model.MachineProfile;
import io.wearline.model.OperatingParameter;
import io.wearline.model.Sensor;
import io.wearline.model.SensorKind;

/**
 * Content assist that knows the profile being written. Beyond the keywords, machine types and sensor kinds that
 * the grammar yields, it proposes the units that fit the sensor's kind after {@code unit} (the kind's usual unit
 * first), the profile's sensor ids where an adjustment or a failure effect names a sensor, its parameter keys
 * after {@code set}, the degradation laws after {@code law} and their parameters, and block templates for sensors
 * and failure modes.
 * <p>
 * References between elements are plain ids in this language, not cross-references, so the proposals come from
 * the parsed profile rather than from a scope.
 */
public class MachineContentProposalProvider extends IdeContentProposalProvider {
	/**
	 * Words of the language that may also serve as ids ({@code speed}); proposing them as keywords where an id
	 * goes would only bury the real ids.
	 */
	private static final String ID_RULE = "ValidID";

	@Inject
	private IValueConverterService converters;

	@Inject
	private BlockTemplates templates;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		String place = GrammarUtil.containingRule(assignment).getName() + "." + assignment.getFeature();
		switch (place) {
		case "Sensor.unit" -> proposeUnits(context, acceptor);
		case "SensorAdjustment.sensor", "FailureEffect.sensor" -> proposeSensorIds(context, acceptor);
		case "ParameterOverride.parameter" -> proposeParameterKeys(context, acceptor);
		case "Degradation.law" -> proposeIds(DegradationLaws.names(), "degradation law", context, acceptor);
		case "LawParameter.name" -> proposeLawParameters(context, acceptor);
		default -> super._createProposals(assignment, context, acceptor);
		}
	}

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		super._createProposals(keyword, context, acceptor);
		templates.propose(keyword, context, acceptor);
	}

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		return !ID_RULE.equals(GrammarUtil.containingRule(keyword).getName());
	}

	/** The units of the sensor's kind as quoted strings, in the order of the unit table, so the usual one first. */
	private void proposeUnits(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Sensor sensor = enclosing(context, Sensor.class);
		if (sensor == null || sensor.getKind() == null || sensor.getKind() == SensorKind.OTHER) {
			return; // a sensor of kind other takes any unit: nothing to suggest
		}
		List<String> units = SensorUnits.units(sensor.getKind());
		String kind = sensor.getKind().getLiteral();
		for (int i = 0; i < units.size(); i++) {
			String unit = units.get(i);
			String description = i == 0 ? "usual unit of a " + kind + " sensor" : "a " + kind + " unit";
			ContentAssistEntry entry = getProposalCreator().createProposal(quoted(unit), context,
					ContentAssistEntry.KIND_UNIT, it -> {
						it.setLabel(unit);
						it.setDescription(description);
					});
			// descending priorities keep the table's order, whatever the labels' alphabetical order
			acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry) - i);
		}
	}

	private void proposeSensorIds(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		MachineProfile profile = profile(context);
		if (profile == null) {
			return;
		}
		for (Sensor sensor : profile.getSensors()) {
			String description = sensor.getKind() == null ? "sensor" : sensor.getKind().getLiteral() + " sensor";
			if (sensor.getLabel() != null) {
				description += " \"" + sensor.getLabel() + "\"";
			}
			proposeId(sensor.getId(), description, context, acceptor);
		}
	}

	private void proposeParameterKeys(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		MachineProfile profile = profile(context);
		if (profile == null) {
			return;
		}
		List<String> keys = new ArrayList<>();
		for (OperatingParameter parameter : profile.getParameters()) {
			keys.add(parameter.getKey());
		}
		proposeIds(keys, "operating parameter", context, acceptor);
	}

	private void proposeLawParameters(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Degradation degradation = enclosing(context, Degradation.class);
		String law = degradation == null || degradation.getLaw() == null ? DegradationLaws.DEFAULT_LAW
				: degradation.getLaw();
		DegradationLaws.parametersOf(law)
				.ifPresent(names -> proposeIds(names, "parameter of law " + law, context, acceptor));
	}

	private void proposeIds(Iterable<String> ids, String description, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		for (String id : ids) {
			proposeId(id, description, context, acceptor);
		}
	}

	private void proposeId(String id, String description, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		String text = asId(id);
		if (text == null) {
			return;
		}
		ContentAssistEntry entry = getProposalCreator().createProposal(text, context,
				ContentAssistEntry.KIND_REFERENCE, it -> {
					it.setLabel(id);
					it.setDescription(description);
				});
		acceptor.accept(entry, getProposalPriorities().getCrossRefPriority(null, entry));
	}

	/** The id as the grammar writes it ({@code ^unit} for a word of the language), or null if it cannot be one. */
	private String asId(String id) {
		if (id == null || id.isEmpty()) {
			return null;
		}
		try {
			return converters.toString(id, ID_RULE);
		} catch (ValueConverterException e) {
			return null; // a malformed id in the profile, which the validator reports; nothing to propose
		}
	}

	private String quoted(String text) {
		return converters.toString(text, "STRING");
	}

	/** The profile being edited, also while the text around the cursor does not parse. */
	private static MachineProfile profile(ContentAssistContext context) {
		MachineProfile profile = enclosing(context, MachineProfile.class);
		if (profile == null && context.getRootModel() instanceof MachineProfile root) {
			return root;
		}
		return profile;
	}

	/**
	 * The element of this type around the cursor. Only the current model counts: the previous one may be the
	 * sensor before, whose kind says nothing about the one being written.
	 */
	private static <T extends EObject> T enclosing(ContentAssistContext context, Class<T> type) {
		return EcoreUtil2.getContainerOfType(context.getCurrentModel(), type);
	}
}
