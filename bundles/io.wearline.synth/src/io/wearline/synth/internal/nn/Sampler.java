package io.wearline.synth.internal.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.wearline.lib.ml.Nd4jRuntime;
import io.wearline.synth.Rows;

/**
 * Draws rows from a trained decoder as CTGAN's TVAE does: latent codes from a standard normal distribution
 * through the decoder; each scalar column as {@code tanh(output)} plus Gaussian noise with the column's learnt
 * standard deviation (CTGAN adds it in its inverse transform), each softmax group as its probabilities.
 * <p>
 * Works in chunks of a fixed number of rows, each drawn from its own random stream split off the seed's in chunk
 * order, so a chunk's rows depend only on the seed and the chunk's place: the same whatever the number of rows
 * asked for (a smaller sample is the start of a larger one) and whichever thread draws it. Chunks are shared out
 * among as many threads as ND4J is set to use ({@link Nd4jRuntime#threads()}), each with buffers of its own,
 * allocated once and kept for the next sample. Each thread's matrix products run on OpenBLAS's threads as well:
 * on two cores, two sampling threads with single-threaded products were about a quarter faster than two with
 * two-threaded ones (which still beat one sampling thread), but OpenBLAS's thread count belongs to the whole JVM,
 * and a training running beside would change with it, so it is left alone.
 */
final class Sampler {

	/** Rows per chunk: large enough for efficient matrix products, small enough to keep the buffers at a few MB. */
	static final int CHUNK = 2048;

	private final Parameters parameters;
	private final ColumnOrder order;
	/** One set of buffers per drawing thread, the calling thread's first. */
	private final List<Buffers> buffers = new ArrayList<>();

	Sampler(Parameters parameters, ColumnOrder order) {
		this.parameters = parameters;
		this.order = order;
	}

	/** {@code count} rows in layout order, from {@code seed}, on as many threads as ND4J uses. */
	Rows sample(int count, long seed) {
		return sample(count, seed, Nd4jRuntime.threads());
	}

	/**
	 * {@code count} rows in layout order, from {@code seed}, on up to {@code threadCount} threads. The rows do not
	 * depend on the thread count given here; they may differ in the last bit with the thread count of OpenBLAS,
	 * whose products sum in another order when split among another number of threads.
	 */
	Rows sample(int count, long seed, int threadCount) {
		Rows rows = Rows.zeros(count, order.width());
		int chunks = (count + CHUNK - 1) / CHUNK;
		SplittableRandom streams = new SplittableRandom(seed);
		SplittableRandom[] randoms = new SplittableRandom[chunks];
		for (int c = 0; c < chunks; c++) {
			randoms[c] = streams.split();
		}
		int threads = Math.max(1, Math.min(chunks, threadCount));
		while (buffers.size() < threads) {
			buffers.add(new Buffers());
		}
		AtomicInteger next = new AtomicInteger();
		if (threads == 1) {
			buffers.get(0).drawChunks(next, randoms, rows);
			return rows;
		}
		AtomicReference<Throwable> failure = new AtomicReference<>();
		List<Thread> helpers = new ArrayList<>(threads - 1);
		for (int t = 1; t < threads; t++) {
			Buffers own = buffers.get(t);
			helpers.add(Thread.ofPlatform().name("wearline-sampler-" + t).daemon().start(() -> {
				try {
					own.drawChunks(next, randoms, rows);
				} catch (Throwable e) {
					failure.compareAndSet(null, e);
					// the others stop at their next chunk
					next.set(randoms.length);
				}
			}));
		}
		try {
			buffers.get(0).drawChunks(next, randoms, rows);
		} catch (RuntimeException | Error e) {
			next.set(randoms.length);
			join(helpers);
			throw e;
		}
		join(helpers);
		Throwable failed = failure.get();
		if (failed instanceof RuntimeException e) {
			throw e;
		}
		if (failed instanceof Error e) {
			throw e;
		}
		if (failed != null) {
			throw new IllegalStateException("a sampling thread failed: " + failed, failed);
		}
		return rows;
	}

	private static void join(List<Thread> threads) {
		boolean interrupted = false;
		for (Thread thread : threads) {
			while (true) {
				try {
					thread.join();
					break;
				} catch (InterruptedException e) {
					// the helpers finish their chunk in milliseconds: wait for them, then pass the interrupt on
					interrupted = true;
				}
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** One drawing thread's decoder pass. */
	private final class Buffers {
		private final DecoderPass pass = new DecoderPass(parameters, order, CHUNK);

		/** Draws chunks until none is left: the next one's number from {@code next}. */
		void drawChunks(AtomicInteger next, SplittableRandom[] randoms, Rows rows) {
			for (int c = next.getAndIncrement(); c < randoms.length; c = next.getAndIncrement()) {
				NormalDraws normal = new NormalDraws(randoms[c]);
				int first = c * CHUNK;
				int count = Math.min(CHUNK, rows.count() - first);
				float[] codes = pass.codes();
				normal.fill(codes, 0, codes.length);
				pass.forward();
				pass.activate(normal, count);
				order.scatter(pass.output(), count, rows, first);
			}
		}
	}
}
