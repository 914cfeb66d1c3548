package io.wearline.quality;

import java.nio.file.Path;
import java.util.Map;

import io.wearline.core.Machine;

/**
 * A machine's generated data scored by {@link MachineScoring}: the report, the verdict against the thresholds, and
 * where the report was written.
 *
 * @param machine the machine
 * @param report the report (with utility when it was asked for)
 * @param verdict the report checked against the thresholds
 * @param sources what was scored, by role, as written into the report
 * @param json the JSON report written ({@code reports/quality.json})
 * @param html the HTML report written ({@code reports/quality.html})
 */
public record MachineScore(Machine machine, QualityReport report, QualityVerdict verdict, Map<String, String> sources,
		Path json, Path html) {
	/** Copies the sources. */
	public MachineScore {
		sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
	}
}
