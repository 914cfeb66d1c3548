package io.wearline.quality;

import java.util.ArrayList;
import java.util.List;

import io.wearline.data.Table;
import io.wearline.quality.internal.MatchedColumn;
import io.wearline.quality.internal.PrivacyMeasurement;
import io.wearline.quality.internal.SchemaAlignment;

/**
 * Privacy alone, without the fidelity scores: exact copies and SDMetrics' DCR overfitting protection (see
 * {@link PrivacyResult}) over the columns both tables have. {@link QualityScoring} measures the same as part of a
 * report; this entry point serves callers that only ask "did the synthesizer copy its training rows?".
 */
public final class PrivacyScoring {
	private PrivacyScoring() {
	}

	/**
	 * Measures privacy.
	 *
	 * @param training the real rows the synthesizer was trained on
	 * @param synthetic the synthetic rows
	 * @param holdout real rows it never saw, or null (then only exact copies and the DCR to training are measured)
	 * @param options the subsample size ({@link ScoringOptions#privacyRows()}) and seed
	 * @param notes receives notes on a missing holdout, mismatched columns and subsampling; may be null
	 * @return the result; {@link PrivacyResult#none()} when a table has no rows or no column is shared
	 */
	public static PrivacyResult score(Table training, Table synthetic, Table holdout, ScoringOptions options,
			List<Note> notes) {
		List<Note> collected = notes == null ? new ArrayList<>() : notes;
		if (training.rowCount() == 0 || synthetic.rowCount() == 0) {
			return PrivacyResult.none();
		}
		List<MatchedColumn> prepared = SchemaAlignment.align(training.schema(), synthetic.schema(), options.metadata(),
				collected).stream()
				.map(m -> MatchedColumn.prepare(m.name(), m.kind(), training.column(m.name()),
						synthetic.column(m.name())))
				.toList();
		return PrivacyMeasurement.measure(training, synthetic, holdout, prepared, options, collected);
	}
}
