package io.wearline.dsl.validation;

import static io.wearline.dsl.conversion.NumberText.of;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;

import io.wearline.model.TrainingSpec;
import io.wearline.model.WearlinePackage.Literals;

/** Synthesizer training settings that the trainer can run with: counts and widths of at least 1, a positive rate. */
final class TrainingRules {
	private final IssueReport report;

	TrainingRules(IssueReport report) {
		this.report = report;
	}

	void check(TrainingSpec training) {
		atLeastOne(training, Literals.TRAINING_SPEC__EPOCHS, "epochs", training.getEpochs(), "300");
		atLeastOne(training, Literals.TRAINING_SPEC__BATCH_SIZE, "batch", training.getBatchSize(), "500");
		atLeastOne(training, Literals.TRAINING_SPEC__EMBEDDING_DIM, "embedding", training.getEmbeddingDim(), "128");
		layers(training, Literals.TRAINING_SPEC__COMPRESS_DIMS, "compress", training.getCompressDims());
		layers(training, Literals.TRAINING_SPEC__DECOMPRESS_DIMS, "decompress", training.getDecompressDims());
		double rate = training.getLearningRate();
		if (Double.isFinite(rate) && rate <= 0) {
			report.error(training, Literals.TRAINING_SPEC__LEARNING_RATE, IssueCodes.INVALID_TRAINING,
					"Training: learning rate " + of(rate) + " must be above 0; use e.g. 0.001.", "0.001");
		}
		double l2 = training.getL2();
		if (Double.isFinite(l2) && l2 < 0) {
			report.error(training, Literals.TRAINING_SPEC__L2, IssueCodes.INVALID_TRAINING,
					"Training: l2 " + of(l2) + " is negative; set it to 0 or more, e.g. 0.00001.", "0.00001");
		}
	}

	private void atLeastOne(TrainingSpec training, EAttribute feature, String words, int value, String usual) {
		if (value < 1) {
			report.error(training, feature, IssueCodes.INVALID_TRAINING,
					"Training: " + words + " " + value + " must be at least 1; use e.g. " + usual + ".", usual);
		}
	}

	private void layers(TrainingSpec training, EAttribute feature, String words, List<Integer> widths) {
		for (int i = 0; i < widths.size(); i++) {
			int width = widths.get(i);
			if (width < 1) {
				report.error(training, feature, i, IssueCodes.INVALID_TRAINING,
						"Training: " + words + " layer " + (i + 1) + " has width " + width
								+ "; every layer width must be at least 1, e.g. 128.",
						"128");
			}
		}
	}
}
