package io.wearline.synth;

import java.util.Locale;

/** How a training run ended. */
public enum TrainingOutcome {
	/** Every epoch trained (or early stopping ended it); the best epoch's model is saved. */
	COMPLETED,
	/** Cancelled; the last epoch's checkpoint stays, for {@code --resume}. No model is saved. */
	CANCELLED,
	/** Refused or broken off (unusable data, an unreadable file, a full disk); the message says why. */
	FAILED,
	/** The loss became NaN or infinite; no model is saved. */
	DIVERGED;

	/** The name in {@code run.json}: lower case. */
	public String jsonName() {
		return name().toLowerCase(Locale.ROOT);
	}
}
