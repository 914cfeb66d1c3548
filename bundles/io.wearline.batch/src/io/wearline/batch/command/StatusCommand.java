package io.wearline.batch.command;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.wearline.batch.Arguments;
import io.wearline.batch.Console;
import io.wearline.batch.ExitCode;
import io.wearline.batch.Syntax;
import io.wearline.quality.ReportFigures;
import io.wearline.core.LockHolder;
import io.wearline.core.Machine;
import io.wearline.core.MachineStatus;
import io.wearline.core.MachineStore;
import io.wearline.core.StepOutcome;
import io.wearline.synth.EpochRecord;
import io.wearline.synth.PastRun;

/** {@code wearline status <machine> [--json]}: where a machine stands in the flow, with its files. */
public final class StatusCommand extends MachineCommand {

	public StatusCommand() {
		super(new Syntax("status", MACHINE, 1, 1));
	}

	@Override
	public String summary() {
		return "show a machine's status: stage, files, last run, last scores, last outcome";
	}

	@Override
	public String description() {
		return """
				Shows where a machine stands: its status (from its files and the outcome of its last step, so a
				failed score shows as 'failed at score'), its files with their sizes, its last training run
				(runs/<id>/run.json), the figures of its last quality report, the outcome of its last step, and
				who works on it when another process holds it. The machine is its id in the workspace or its
				folder. Exit code 1 for an unknown machine.
				""";
	}

	@Override
	ExitCode run(Machine machine, MachineStore store, Arguments arguments, Console console) throws IOException {
		MachineStatus status = store.status(machine);
		Optional<PastRun> run = PastRun.last(machine);
		Map<String, Double> scores = ReportFigures.of(machine.reportsFolder());
		if (arguments.has(JSON)) {
			print(json(machine, status, run, scores), console);
			return ExitCode.OK;
		}
		PrintStream out = console.out();
		out.println("machine  " + machine.id() + " (" + machine.folder() + ")");
		out.println("status   " + status.label());
		if (status.busy() != null) {
			out.println("busy     " + status.busy().describe());
		}
		out.println("files");
		for (MachineFiles.Entry file : MachineFiles.of(machine)) {
			out.printf(Locale.ROOT, "  %-22s %12d bytes  %s%n", file.path(), file.bytes(),
					TextTable.time(file.modified()));
		}
		out.println("last run " + run.map(StatusCommand::describe).orElse("none"));
		out.println("scores   " + (scores.isEmpty() ? "none" : String.join(", ", scores.entrySet().stream()
				.map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue())).toList())));
		StepOutcome outcome = status.lastOutcome();
		out.println("outcome  " + (outcome == null ? "none"
				: outcome.step() + " " + outcome.result().name().toLowerCase(Locale.ROOT) + " at "
						+ TextTable.time(outcome.ended()) + (outcome.message().isEmpty() ? "" : ": "
								+ outcome.message())));
		return ExitCode.OK;
	}

	/** {@code 20261203-1402 completed, 40 epochs, best epoch 37 (validation loss 1.2340)}. */
	private static String describe(PastRun run) {
		StringBuilder line = new StringBuilder(run.id()).append(' ').append(run.outcome()).append(", ")
				.append(run.epochs().size()).append(" epochs");
		if (run.bestEpoch() > 0) {
			line.append(", best epoch ").append(run.bestEpoch());
			if (Double.isFinite(run.bestValidationLoss())) {
				line.append(String.format(Locale.ROOT, " (validation loss %.4f)", run.bestValidationLoss()));
			}
		}
		return line.toString();
	}

	private static ObjectNode json(Machine machine, MachineStatus status, Optional<PastRun> run,
			Map<String, Double> scores) throws IOException {
		ObjectNode document = object().put("machine", machine.id()).put("folder", machine.folder().toString())
				.put("status", status.label()).put("stage", status.stage().name().toLowerCase(Locale.ROOT));
		LockHolder busy = status.busy();
		if (busy == null) {
			document.putNull("busy");
		} else {
			document.putObject("busy").put("operation", busy.operation()).put("pid", busy.pid())
					.put("description", busy.describe());
		}
		var files = document.putArray("files");
		for (MachineFiles.Entry file : MachineFiles.of(machine)) {
			files.addObject().put("path", file.path()).put("bytes", file.bytes())
					.put("modified", file.modified().toString());
		}
		if (run.isPresent()) {
			PastRun past = run.get();
			ObjectNode last = document.putObject("lastRun").put("id", past.id()).put("outcome", past.outcome())
					.put("message", past.message()).put("configuredEpochs", past.configuredEpochs())
					.put("bestEpoch", past.bestEpoch());
			if (Double.isFinite(past.bestValidationLoss())) {
				last.put("bestValidationLoss", past.bestValidationLoss());
			}
			var epochs = last.putArray("epochs");
			for (EpochRecord epoch : past.epochs()) {
				ObjectNode node = epochs.addObject().put("epoch", epoch.epoch()).put("loss", epoch.loss())
						.put("seconds", epoch.seconds());
				if (Double.isFinite(epoch.validationLoss())) {
					node.put("validationLoss", epoch.validationLoss());
				}
			}
		} else {
			document.putNull("lastRun");
		}
		ObjectNode figures = document.putObject("scores");
		scores.forEach(figures::put);
		StepOutcome outcome = status.lastOutcome();
		if (outcome == null) {
			document.putNull("lastOutcome");
		} else {
			document.putObject("lastOutcome").put("step", outcome.step())
					.put("result", outcome.result().name().toLowerCase(Locale.ROOT)).put("message", outcome.message())
					.put("ended", outcome.ended().toString());
		}
		return document;
	}
}
