package io.wearline.quality;

import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.wearline.data.Table;

/**
 * Scores a synthetic table as a background {@link Job}, for the workbench and the headless commands alike: the
 * report of {@link QualityScoring}, then, when utility options are given, the utility of {@link UtilityScoring}
 * added to it. Cancelation is checked between the steps (each takes a few seconds at most). The report is there
 * after the job ends with an OK status ({@link #report()}).
 */
public final class QualityScoringJob extends Job {
	private final Table real;
	private final Table synthetic;
	private final Table holdout;
	private final ScoringOptions options;
	private final UtilityOptions utility;
	private volatile QualityReport report;

	/**
	 * A job that scores.
	 *
	 * @param name the job's name, shown in progress views (e.g. "Scoring motor_1")
	 * @param real the real table
	 * @param synthetic the synthetic table
	 * @param holdout real rows the synthesizer never saw, or null
	 * @param options the scoring options
	 * @param utility the utility options, or null to leave utility out
	 */
	public QualityScoringJob(String name, Table real, Table synthetic, Table holdout, ScoringOptions options,
			UtilityOptions utility) {
		super(name);
		this.real = Objects.requireNonNull(real, "real");
		this.synthetic = Objects.requireNonNull(synthetic, "synthetic");
		this.holdout = holdout;
		this.options = Objects.requireNonNull(options, "options");
		this.utility = utility;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), utility == null ? 1 : 3);
		try {
			QualityReport scored = QualityScoring.score(real, synthetic, holdout, options, progress.split(1));
			if (utility != null) {
				scored = scored.withUtility(UtilityScoring.score(real, synthetic, holdout, utility, progress.split(2)));
			}
			report = scored;
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
	}

	/** The report, once the job has ended with an OK status; null before or after a cancelation. */
	public QualityReport report() {
		return report;
	}
}
