package io.wearline.quality;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.wearline.core.Machine;
import io.wearline.core.MachineJob;

/**
 * The score step of a workspace machine as a {@link MachineJob}: {@link MachineScoring} of its generated data
 * against its seed data, writing {@code quality.json} and {@code quality.html}, holding the machine's rule and
 * lock. Its status is {@code OK} when every threshold is met, {@code ERROR} when one is not (the verdict names
 * them) or the data cannot be read, {@code CANCEL} when cancelled (the previous reports stay); the
 * {@link MachineScore} is in {@link #result()} whenever a report was written.
 */
public final class MachineScoringJob extends MachineJob<MachineScore> {

	/** The plug-in id of the statuses. */
	public static final String PLUGIN_ID = "io.wearline.quality";

	private final QualityThresholds thresholds;
	private final boolean utility;
	private final Path reports;
	private final HoldoutSource holdouts;

	/**
	 * @param machine the machine, with seed and generated data
	 * @param thresholds the thresholds of the verdict
	 * @param utility whether to measure utility too
	 * @param reports the folder of the reports, usually {@link Machine#reportsFolder()}
	 * @param holdouts makes the real rows the synthesizer never saw
	 */
	public MachineScoringJob(Machine machine, QualityThresholds thresholds, boolean utility, Path reports,
			HoldoutSource holdouts) {
		super("Scoring " + machine.id(), machine, "score");
		this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
		this.utility = utility;
		this.reports = Objects.requireNonNull(reports, "reports");
		this.holdouts = Objects.requireNonNull(holdouts, "holdouts");
	}

	@Override
	protected MachineScore perform(IProgressMonitor monitor) throws IOException {
		return MachineScoring.score(machine(), thresholds, utility, reports, holdouts, monitor);
	}

	@Override
	protected IStatus statusOf(MachineScore score) {
		double overall = QualityScores.of(score.report()).overall();
		if (score.verdict().passed()) {
			return new Status(IStatus.OK, PLUGIN_ID, String.format(Locale.ROOT, "scored %.3f overall: pass; reports in "
					+ "%s", overall, reports));
		}
		return new Status(IStatus.ERROR, PLUGIN_ID, "below thresholds: " + String.join("; ", score.verdict()
				.failures().stream().map(QualityVerdict.Check::describe).toList()));
	}

	@Override
	protected IStatus cancelled() {
		return new Status(IStatus.CANCEL, PLUGIN_ID, "cancelled; the previous reports are unchanged");
	}

	@Override
	protected IStatus failed(Exception e) {
		return new Status(IStatus.ERROR, PLUGIN_ID, String.valueOf(e.getMessage()),
				e instanceof RuntimeException ? e : null);
	}
}
