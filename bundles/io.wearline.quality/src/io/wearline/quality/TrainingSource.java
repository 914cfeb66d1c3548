package io.wearline.quality;

/**
 * Where the rows a synthesizer was trained on came from, which decides what privacy means for its verdict. Privacy
 * (SDMetrics' DCR overfitting protection) guards real data: a synthesizer must not hand back the people's or plant's
 * rows it learnt from. Rows simulated from a machine profile hold nothing to protect, and a synthesizer that learns
 * them closely is doing its job, so for them privacy is reported but does not gate the verdict; fidelity is then also
 * measured against rows simulated afresh, which the synthesizer never saw.
 */
public enum TrainingSource {
	/** Simulated from a machine profile (a machine's seed data): privacy is information, not a threshold. */
	SIMULATED,
	/** Real rows (a user's files, real data in a machine's training table): privacy gates the verdict. */
	REAL;

	/** Whether the privacy threshold is checked for training rows of this source. */
	public boolean privacyGates() {
		return this == REAL;
	}
}
