package io.wearline.batch.command;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import io.wearline.pipeline.BuildOutcome;

/** The table that ends {@code wearline build}: one row per machine, then the failures' reasons. */
final class BuildSummary {

	private BuildSummary() {
	}

	static void print(List<BuildOutcome> outcomes, PrintStream out) {
		int width = "machine".length();
		for (BuildOutcome outcome : outcomes) {
			width = Math.max(width, outcome.machine().length());
		}
		String row = "%-" + width + "s  %-9s  %10s  %6s  %10s  %7s  %-7s  %8s%n";
		out.printf(Locale.ROOT, row, "machine", "outcome", "seed rows", "epochs", "generated", "overall", "verdict",
				"seconds");
		for (BuildOutcome outcome : outcomes) {
			out.printf(Locale.ROOT, row, outcome.machine(),
					outcome.succeeded() ? "ok" : "failed:" + outcome.step(), outcome.seedRows(), outcome.epochs(),
					outcome.generatedRows(),
					Double.isNaN(outcome.overall()) ? "-" : String.format(Locale.ROOT, "%.3f", outcome.overall()),
					outcome.verdict(), String.format(Locale.ROOT, "%.1f", outcome.seconds()));
		}
		for (BuildOutcome outcome : outcomes) {
			out.println(outcome.machine() + ": " + outcome.message());
		}
	}
}
