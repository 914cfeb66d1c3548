package io.wearline.batch.command;

import java.io.PrintStream;
import java.util.Locale;

import io.wearline.pipeline.BuildEvent;
import io.wearline.pipeline.BuildEvent.StepFailed;
import io.wearline.pipeline.BuildEvent.StepFinished;
import io.wearline.pipeline.BuildListener;
import io.wearline.pipeline.MachineBuildJob;
import io.wearline.pipeline.StepFigures;

/**
 * The lines {@code wearline build} prints while a machine builds, on stderr: one per finished step with its figures,
 * and the problems of a profile that is not valid. Progress within a step and failures print nothing here; the
 * summary table says how each machine ended.
 */
final class BuildLines implements BuildListener {

	private final MachineBuildJob build;
	private final PrintStream out;

	BuildLines(MachineBuildJob build, PrintStream out) {
		this.build = build;
		this.out = out;
	}

	@Override
	public void handle(BuildEvent event) {
		if (event instanceof StepFailed failed) {
			for (String detail : failed.details()) {
				out.println("  " + detail);
			}
		} else if (event instanceof StepFinished finished) {
			out.println(finished.machine() + ": " + line(finished));
		}
	}

	private String line(StepFinished finished) {
		StepFigures figures = finished.figures();
		return switch (finished.step()) {
			case VALIDATE -> "valid profile " + build.shownName();
			case SEED -> String.format(Locale.ROOT, "seeded %d rows, %d units in %.1f s", figures.rows(),
					figures.units(), figures.seconds());
			case TRAIN -> String.format(Locale.ROOT, "trained %d epochs in %.1f s (best epoch %d)", figures.epochs(),
					figures.seconds(), figures.bestEpoch());
			case GENERATE -> String.format(Locale.ROOT, "generated %d rows in %.1f s", figures.generatedRows(),
					figures.seconds());
			case SCORE -> String.format(Locale.ROOT, "scored %.3f overall in %.1f s: %s", figures.overall(),
					figures.seconds(), figures.verdict());
		};
	}
}
