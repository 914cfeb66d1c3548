package io.wearline.quality.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;

import io.wearline.data.Table;
import io.wearline.quality.ContributedResult;
import io.wearline.quality.MetricValue;
import io.wearline.quality.Note;
import io.wearline.quality.NoteKind;
import io.wearline.quality.QualityMetric;
import io.wearline.quality.ScoringOptions;

/**
 * The {@code metric} elements of the extension point {@code io.wearline.quality.metrics}, read at every report so
 * that bundles installed later count. Outside OSGi there is no registry and no contributed metric. A contribution
 * without an id, repeating an id, or whose class cannot be created or throws becomes a failed result with a note;
 * it never stops the report or hides the other metrics.
 */
public final class MetricContributions {
	/** The extension point's full id. */
	public static final String POINT = "io.wearline.quality.metrics";

	private MetricContributions() {
	}

	/** Runs every contributed metric on the tables. */
	public static List<ContributedResult> run(Table real, Table synthetic, ScoringOptions options, List<Note> notes) {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return List.of();
		}
		List<ContributedResult> results = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(POINT)) {
			if (!"metric".equals(element.getName())) {
				continue;
			}
			String owner = element.getContributor().getName();
			String id = element.getAttribute("id");
			if (id == null || id.isBlank() || !ids.add(id)) {
				ILog.of(MetricContributions.class).warn("Bundle " + owner + ": a quality metric with the id '" + id
						+ "' is ignored: the id must be given and unique among the contributions.");
				continue;
			}
			String name = element.getAttribute("name") == null ? id : element.getAttribute("name");
			results.add(runOne(element, id, name, owner, real, synthetic, options, notes));
		}
		return results;
	}

	private static ContributedResult runOne(IConfigurationElement element, String id, String name, String owner,
			Table real, Table synthetic, ScoringOptions options, List<Note> notes) {
		try {
			QualityMetric metric = (QualityMetric) element.createExecutableExtension("class");
			MetricValue value = metric.compute(real, synthetic, options);
			return new ContributedResult(id, name, owner, value.score(), value.figures(), value.summary(), false);
		} catch (CoreException | RuntimeException e) {
			String why = "Quality metric '" + id + "' of bundle " + owner + " failed: " + e
					+ ". The other scores are unaffected; fix or remove that bundle.";
			notes.add(new Note(NoteKind.METRIC_FAILED, id, why));
			return new ContributedResult(id, name, owner, Double.NaN, Map.of(), why, true);
		}
	}
}
