package io.wearline.sim;

import java.io.IOException;

/**
 * Where {@link Simulation#stream} hands the seed data, one chunk of whole units at a time, in unit order: a file
 * being written, a statistic being gathered. A chunk is not used by the simulation after it was handed over.
 */
@FunctionalInterface
public interface SeedChunks {
	/**
	 * Takes the next chunk.
	 *
	 * @throws IOException when it cannot be stored; the simulation then stops
	 */
	void accept(SeedData chunk) throws IOException;
}
