package io.wearline.core;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a machine stands, as every view and command shows it: the stage its files reach, the last step's outcome
 * (a failed score is a status a user must see, which the files alone cannot tell) and who is working on it now.
 *
 * @param stage the furthest stage whose files exist ({@link Machine#stage()})
 * @param lastOutcome how the last step ended ({@link StepOutcome}); {@code null} when none was recorded
 * @param busy who holds the machine's lock now, in this process or another; {@code null} when nobody does
 */
public record MachineStatus(Machine.Stage stage, StepOutcome lastOutcome, LockHolder busy) {

	/** Reads a machine's status from its files, its {@code outcome.json} and its lock. */
	public static MachineStatus of(Machine machine) throws IOException {
		return new MachineStatus(machine.stage(), StepOutcome.read(machine).orElse(null),
				MachineLock.holder(machine).orElse(null));
	}

	/** Whether the last step failed. */
	public boolean failed() {
		return lastOutcome != null && lastOutcome.failed();
	}

	/** The step that failed last, if the last step failed. */
	public Optional<String> failedStep() {
		return failed() ? Optional.of(lastOutcome.step()) : Optional.empty();
	}

	/**
	 * The status in one word or three: {@code profile}, {@code seeded}, {@code trained}, {@code generated},
	 * {@code scored}, or {@code failed at score} when the last step failed.
	 */
	public String label() {
		return failed() ? "failed at " + lastOutcome.step() : stage.name().toLowerCase(Locale.ROOT);
	}

	/** Whether two statuses show the same stage and outcome (who holds the lock aside). */
	public boolean sameStage(MachineStatus other) {
		return other != null && stage == other.stage && java.util.Objects.equals(lastOutcome, other.lastOutcome);
	}
}
