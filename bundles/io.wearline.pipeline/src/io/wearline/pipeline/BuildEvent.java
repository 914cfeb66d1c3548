package io.wearline.pipeline;

import java.util.List;

/**
 * What a machine build tells its listeners, step by step: a step started, made progress, finished with its figures,
 * or failed with the message the command line prints. Every event names the machine (its id, or the profile file's
 * name before the id is read) and the step.
 */
public sealed interface BuildEvent {

	/** The machine's id, or the profile file's name when no id was read. */
	String machine();

	/** The step the event is about. */
	BuildStep step();

	/** A step started. */
	record StepStarted(String machine, BuildStep step) implements BuildEvent {
	}

	/**
	 * A step went on.
	 *
	 * @param fraction how much of the step is done, 0 to 1
	 * @param message what it does now, or empty
	 */
	record StepProgress(String machine, BuildStep step, double fraction, String message) implements BuildEvent {
	}

	/** A step finished with its figures; a score below its thresholds is followed by {@link StepFailed}. */
	record StepFinished(String machine, BuildStep step, StepFigures figures) implements BuildEvent {
	}

	/**
	 * A step failed, and with it the machine's build.
	 *
	 * @param message why, as the command line prints it
	 * @param details lines that go before the message (each problem of an invalid profile), or none
	 */
	record StepFailed(String machine, BuildStep step, String message, List<String> details) implements BuildEvent {
		/** Keeps its own copy of the details. */
		public StepFailed {
			details = List.copyOf(details);
		}
	}
}
