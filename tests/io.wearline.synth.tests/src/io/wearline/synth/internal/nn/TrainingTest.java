package io.wearline.synth.internal.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import io.wearline.lib.ml.Nd4jRuntime;
import io.wearline.synth.Layout;
import io.wearline.synth.Rows;
import io.wearline.synth.Span;

/** Training lowers the loss, is reproducible, reports its batches and stops when asked. */
class TrainingTest {

	@Test
	void aFewEpochsLowerTheTrainingAndTheValidationLoss() {
		Rows data = TwoModeTable.rows(2000, 1);
		Rows validation = TwoModeTable.rows(500, 2);
		TvaeNetwork network = TvaeNetwork.create(TwoModeTable.LAYOUT, TwoModeTable.smallConfig(), 7);
		double validationBefore = network.loss(validation);
		SplittableRandom shuffle = new SplittableRandom(3);
		double first = network.trainEpoch(data, shuffle, EpochProgress.NONE);
		double last = first;
		for (int e = 1; e < 10; e++) {
			last = network.trainEpoch(data, shuffle, EpochProgress.NONE);
		}
		double validationAfter = network.loss(validation);
		assertEquals(10, network.epochs());
		assertTrue(last < 0.8 * first, "training loss " + first + " -> " + last);
		assertTrue(validationAfter < 0.8 * validationBefore, "validation loss " + validationBefore + " -> "
				+ validationAfter);
	}

	@Test
	void theSameSeedDataAndShuffleGiveTheSameLossesAndSamples() {
		Rows data = TwoModeTable.rows(1000, 1);
		Nd4jRuntime.start(1);
		List<Double> first = curve(data, 7);
		List<Double> second = curve(data, 7);
		List<Double> otherSeed = curve(data, 8);
		assertEquals(first, second);
		assertFalse(first.equals(otherSeed), "another seed gives another curve");
	}

	private static List<Double> curve(Rows data, long seed) {
		TvaeNetwork network = TvaeNetwork.create(TwoModeTable.LAYOUT, TwoModeTable.smallConfig(), seed);
		SplittableRandom shuffle = new SplittableRandom(3);
		List<Double> losses = new ArrayList<>();
		for (int e = 0; e < 3; e++) {
			losses.add(network.trainEpoch(data, shuffle, EpochProgress.NONE));
		}
		losses.add(network.loss(data));
		// the samples count too: fold them into the curve
		losses.add((double) Arrays.hashCode(network.sample(300, 5).values()));
		return losses;
	}

	@Test
	void layoutsOfOnlyScalarsOrOnlyGroupsTrain() {
		Rows data = TwoModeTable.rows(400, 1);
		// the scalars alone (columns 0 and 3) and the groups alone (columns 1-2 and 4-6) of the two-mode table
		Layout scalars = new Layout(List.of(new Span(0, 1, Span.Kind.SCALAR), new Span(1, 1, Span.Kind.SCALAR)));
		Layout groups = new Layout(List.of(new Span(0, 2, Span.Kind.SOFTMAX), new Span(2, 3, Span.Kind.SOFTMAX)));
		Rows scalarRows = Rows.zeros(400, 2);
		Rows groupRows = Rows.zeros(400, 5);
		for (int r = 0; r < 400; r++) {
			scalarRows.set(r, 0, data.get(r, 0));
			scalarRows.set(r, 1, data.get(r, 3));
			for (int c = 0; c < 2; c++) {
				groupRows.set(r, c, data.get(r, 1 + c));
			}
			for (int c = 0; c < 3; c++) {
				groupRows.set(r, 2 + c, data.get(r, 4 + c));
			}
		}
		for (Object[] table : new Object[][] { { scalars, scalarRows }, { groups, groupRows } }) {
			TvaeNetwork network = TvaeNetwork.create((Layout) table[0], TwoModeTable.smallConfig(), 7);
			double first = network.trainEpoch((Rows) table[1], new SplittableRandom(3), EpochProgress.NONE);
			double last = first;
			for (int e = 1; e < 5; e++) {
				last = network.trainEpoch((Rows) table[1], new SplittableRandom(3 + e), EpochProgress.NONE);
			}
			assertTrue(last < first, table[0] + ": " + first + " -> " + last);
			assertEquals(((Layout) table[0]).width(), network.sample(10, 1).width());
		}
	}

	@Test
	void theLastBatchOfAnEpochHoldsTheRemainingRows() {
		// 250 rows in batches of 100: 100, 100, 50 (CTGAN's drop_last=False)
		TvaeNetwork network = TvaeNetwork.create(TwoModeTable.LAYOUT, TwoModeTable.smallConfig(), 7);
		List<Integer> reported = new ArrayList<>();
		network.trainEpoch(TwoModeTable.rows(250, 1), new SplittableRandom(3), new EpochProgress() {
			@Override
			public boolean canceled() {
				return false;
			}

			@Override
			public void batchDone(int batch, int batches, double loss) {
				assertEquals(3, batches);
				assertTrue(Double.isFinite(loss));
				reported.add(batch);
			}
		});
		assertEquals(List.of(1, 2, 3), reported);
	}

	@Test
	void aCancelRequestStopsBeforeTheNextBatch() {
		TvaeNetwork network = TvaeNetwork.create(TwoModeTable.LAYOUT, TwoModeTable.smallConfig(), 7);
		AtomicInteger asked = new AtomicInteger();
		assertThrows(OperationCanceledException.class, () -> network.trainEpoch(TwoModeTable.rows(1000, 1),
				new SplittableRandom(3), () -> asked.incrementAndGet() > 2));
		assertEquals(3, asked.get());
		assertEquals(0, network.epochs());
	}

	@Test
	void samplesHaveProbabilitiesInTheSoftmaxSpansAtTheirLayoutPlaces() {
		TvaeNetwork network = TvaeNetwork.create(TwoModeTable.LAYOUT, TwoModeTable.smallConfig(), 7);
		network.trainEpoch(TwoModeTable.rows(500, 1), new SplittableRandom(3), EpochProgress.NONE);
		Rows sample = network.sample(5000, 9);
		assertEquals(5000, sample.count());
		for (int r = 0; r < sample.count(); r++) {
			for (Span span : TwoModeTable.LAYOUT.spans()) {
				if (span.kind() == Span.Kind.SOFTMAX) {
					double sum = 0;
					for (int c = span.start(); c < span.end(); c++) {
						assertTrue(sample.get(r, c) >= 0 && sample.get(r, c) <= 1);
						sum += sample.get(r, c);
					}
					assertEquals(1, sum, 1e-5, "row " + r + ", span " + span);
				} else {
					assertTrue(Float.isFinite(sample.get(r, span.start())));
				}
			}
		}
		assertArrayEquals(sample.values(), network.sample(5000, 9).values(), "the same seed gives the same rows");
		float[] start = Arrays.copyOf(sample.values(), 3000 * sample.width());
		assertArrayEquals(start, network.sample(3000, 9).values(), "a smaller sample is the start of a larger one");
	}
}
