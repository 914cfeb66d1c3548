package io.wearline.quality.internal.utility;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.tribuo.Model;
import org.tribuo.Output;
import org.tribuo.Trainer;
import org.tribuo.common.tree.DecisionTreeTrainer;
import org.tribuo.common.tree.ExtraTreesTrainer;
import org.tribuo.ensemble.EnsembleCombiner;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;

/**
 * Extremely randomised forests of Tribuo's CART trees: each tree sees a bootstrap sample, half the features at each
 * split and a random split point per feature; a forest averages (regression) or votes (classification). Forests need no scaling and little tuning, so the
 * same settings serve every machine's data.
 */
final class Forests {
	/** The share of features each split may choose from, the usual random-forest setting. */
	private static final float FEATURES_PER_SPLIT = 0.5f;
	private static final float MIN_CHILD_WEIGHT = 5f;
	/**
	 * Split points drawn at random between a feature's bounds (extremely randomised trees): Tribuo's exact CART
	 * search took 0.9 s per tree on 10,000 rows here, random split points a third of that, at about the same R².
	 */
	private static final boolean RANDOM_SPLIT_POINTS = true;
	/** Tribuo logs every tree it builds at INFO; a report is no place for that. Held so the setting stays. */
	private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

	static {
		TRIBUO_LOG.setLevel(Level.WARNING);
	}

	private Forests() {
	}

	/** A regression forest trained on these vectors and targets. */
	static Model<Regressor> regression(String[] names, double[][] vectors, double[] targets, int trees, int depth,
			long seed) {
		RegressionFactory factory = new RegressionFactory();
		MutableDataset<Regressor> data = new MutableDataset<>(new SimpleDataSourceProvenance("wearline", factory),
				factory);
		for (int i = 0; i < vectors.length; i++) {
			data.add(new ArrayExample<>(new Regressor("target", targets[i]), names, vectors[i]));
		}
		CARTRegressionTrainer tree = new CARTRegressionTrainer(depth, MIN_CHILD_WEIGHT, 0f, FEATURES_PER_SPLIT,
				RANDOM_SPLIT_POINTS, new MeanSquaredError(), seed);
		return ensemble(tree, new AveragingCombiner(), trees, seed).train(data);
	}

	private static <T extends Output<T>> Trainer<T> ensemble(DecisionTreeTrainer<T> tree, EnsembleCombiner<T> combiner,
			int trees, long seed) {
		return new ExtraTreesTrainer<>(tree, combiner, trees, seed);
	}

	/** The predictions of a regression forest. */
	static double[] predictNumbers(Model<Regressor> model, String[] names, double[][] vectors) {
		double[] predicted = new double[vectors.length];
		for (int i = 0; i < vectors.length; i++) {
			Prediction<Regressor> prediction = model.predict(new ArrayExample<>(RegressionFactory.UNKNOWN_REGRESSOR,
					names, vectors[i]));
			predicted[i] = prediction.getOutput().getValues()[0];
		}
		return predicted;
	}

	/**
	 * A classification forest trained on these vectors and labels; each example is weighted by the inverse of its
	 * class's frequency, so that a rare class (a failure among thousands of healthy cycles) is not simply ignored.
	 */
	static Model<Label> classification(String[] names, double[][] vectors, String[] labels, int trees, int depth,
			long seed) {
		Map<String, Integer> counts = new HashMap<>();
		for (String label : labels) {
			counts.merge(label, 1, Integer::sum);
		}
		LabelFactory factory = new LabelFactory();
		MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("wearline", factory), factory);
		for (int i = 0; i < vectors.length; i++) {
			float weight = (float) vectors.length / (counts.size() * counts.get(labels[i]));
			ArrayExample<Label> example = new ArrayExample<>(new Label(labels[i]), weight);
			for (int f = 0; f < names.length; f++) {
				example.add(names[f], vectors[i][f]);
			}
			data.add(example);
		}
		CARTClassificationTrainer tree = new CARTClassificationTrainer(depth, MIN_CHILD_WEIGHT, 0f, FEATURES_PER_SPLIT,
				RANDOM_SPLIT_POINTS, new GiniIndex(), seed);
		return ensemble(tree, new VotingCombiner(), trees, seed).train(data);
	}

	/** The labels a classification forest predicts. */
	static String[] predictLabels(Model<Label> model, String[] names, double[][] vectors) {
		String[] predicted = new String[vectors.length];
		for (int i = 0; i < vectors.length; i++) {
			Prediction<Label> prediction = model.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names,
					vectors[i]));
			predicted[i] = prediction.getOutput().getLabel();
		}
		return predicted;
	}
}
