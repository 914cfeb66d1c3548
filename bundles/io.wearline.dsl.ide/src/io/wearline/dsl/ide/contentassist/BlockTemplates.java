package io.wearline.dsl.ide.contentassist;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalCreator;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalPriorities;

import com.google.inject.Inject;

import io.wearline.dsl.SensorUnits;
import io.wearline.model.MachineProfile;
import io.wearline.model.Sensor;
import io.wearline.model.SensorKind;

/**
 * Templates of whole blocks, offered where their keyword may start: a sensor with everything it usually needs,
 * and a failure mode with one effect. They are snippets in the syntax of the language server protocol
 * ({@code ${1:id}} marks the first place to fill in), so a client that understands snippets lets the engineer tab
 * from field to field. Their layout is the canonical one: two spaces of indentation.
 */
class BlockTemplates {
	private static final SensorKind EXAMPLE_KIND = SensorKind.TEMPERATURE;

	@Inject
	private IdeContentProposalCreator proposals;

	@Inject
	private IdeContentProposalPriorities priorities;

	/** Adds the template that starts with this keyword, if there is one. */
	void propose(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		String rule = GrammarUtil.containingRule(keyword).getName();
		if ("Sensor".equals(rule) && "sensor".equals(keyword.getValue())) {
			accept(sensor(), "sensor block", "a sensor with kind, unit, range and nominal", context, acceptor);
		} else if ("FailureMode".equals(rule) && "failure".equals(keyword.getValue())) {
			accept(failureMode(firstSensorId(context)), "failure mode block",
					"a failure mode with one effect on a sensor", context, acceptor);
		}
	}

	private void accept(String snippet, String label, String description, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = proposals.createSnippet(snippet, label, context);
		if (entry != null) {
			entry.setDescription(description);
			acceptor.accept(entry, priorities.getKeywordPriority(label, entry));
		}
	}

	private static String sensor() {
		String unit = SensorUnits.defaultUnit(EXAMPLE_KIND).orElse("");
		return "sensor ${1:id} \"${2:Label}\" {\n"
				+ "  kind ${3:" + EXAMPLE_KIND.getLiteral() + "}\n"
				+ "  unit \"${4:" + unit + "}\"\n"
				+ "  range ${5:0} to ${6:100}\n"
				+ "  nominal ${7:20}\n"
				+ "  noise ${8:0.5}\n"
				+ "}$0";
	}

	/** An effect names a sensor; the profile's first one is a better default than a placeholder that is no id. */
	private static String firstSensorId(ContentAssistContext context) {
		if (context.getRootModel() instanceof MachineProfile profile) {
			for (Sensor sensor : profile.getSensors()) {
				if (sensor.getId() != null && !sensor.getId().isEmpty()) {
					return sensor.getId();
				}
			}
		}
		return "sensor_id";
	}

	private static String failureMode(String sensorId) {
		return "failure ${1:id} \"${2:Label}\" {\n"
				+ "  probability ${3:0.1}\n"
				+ "  onset at health ${4:0.7}\n"
				+ "  effect ${5:drift} on ${6:" + sensorId + "} by ${7:10}\n"
				+ "}$0";
	}
}
