package io.wearline.synth;

import java.util.Locale;

/**
 * Where generation draws the latent codes it decodes into rows: the standard normal prior N(0, I) of the TVAE, the
 * training rows' posteriors (the aggregate posterior kept with the model), or a mix of the two. Drawn from the
 * posteriors, rows come out closest to the training rows (categories at their shares), which is what simulated
 * seed data wants; drawn from the prior, they stray further from any one training row, which a user of real data may
 * prefer for privacy at some cost of fidelity. A mix draws an exact share of each chunk's rows from the prior.
 *
 * @param priorShare the share of rows whose codes come from the prior, from 0 (posteriors only) to 1 (prior only)
 */
public record LatentSource(double priorShare) {
	/** Codes from the training rows' posteriors only: the default. */
	public static final LatentSource POSTERIOR = new LatentSource(0);
	/** Codes from the standard normal prior only, as the reference TVAE samples. */
	public static final LatentSource PRIOR = new LatentSource(1);
	/** The prior's share of {@code mix} without a number. */
	public static final double DEFAULT_MIX = 0.5;

	/** Checks the share. */
	public LatentSource {
		if (!(priorShare >= 0 && priorShare <= 1)) {
			throw new IllegalArgumentException("the prior's share of a latent mix is from 0 to 1, not " + priorShare);
		}
	}

	/**
	 * The source of a word as the command line writes it: {@code prior}, {@code posterior}, {@code mix} (half each)
	 * or {@code mix=F} (the share F from 0 to 1 from the prior, the rest from the posteriors).
	 *
	 * @throws IllegalArgumentException naming the text and what to write, when it is none of these
	 */
	public static LatentSource parse(String text) {
		String word = text.strip().toLowerCase(Locale.ROOT);
		switch (word) {
			case "prior":
				return PRIOR;
			case "posterior":
				return POSTERIOR;
			case "mix":
				return new LatentSource(DEFAULT_MIX);
			default:
				break;
		}
		if (word.startsWith("mix=")) {
			try {
				double share = Double.parseDouble(word.substring(4));
				if (share >= 0 && share <= 1) {
					return new LatentSource(share);
				}
			} catch (NumberFormatException e) {
				// reported below
			}
		}
		throw new IllegalArgumentException("'" + text + "' is not a latent source; write prior, posterior, mix or"
				+ " mix=F with F from 0 to 1, the share of rows drawn from the prior");
	}

	/** The source as {@link #parse} reads it: {@code prior}, {@code posterior} or {@code mix=0.30}. */
	public String label() {
		if (priorShare == 0) {
			return "posterior";
		}
		return priorShare == 1 ? "prior" : String.format(Locale.ROOT, "mix=%.2f", priorShare);
	}

	/** The source in words, for the dataset manifest and the quality report. */
	public String describe() {
		if (priorShare == 0) {
			return "latent codes drawn from the training rows' posteriors (the aggregate posterior kept with the model)";
		}
		if (priorShare == 1) {
			return "latent codes drawn from the standard normal prior N(0, I)";
		}
		return String.format(Locale.ROOT, "%.0f%% of the latent codes drawn from the standard normal prior N(0, I),"
				+ " %.0f%% from the training rows' posteriors", 100 * priorShare, 100 * (1 - priorShare));
	}

	/** Whether row {@code row} of a draw takes its code from the prior: an exact, evenly spread share of rows. */
	public boolean fromPrior(int row) {
		return Math.floor((row + 1) * priorShare) > Math.floor(row * priorShare);
	}
}
