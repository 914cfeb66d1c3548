package io.wearline.lib.data;

import org.apache.hadoop.conf.Configuration;

/**
 * Runs Hadoop code inside OSGi. Hadoop looks up {@code FileSystem} implementations (the {@code file:} scheme
 * too) with a {@link java.util.ServiceLoader} on the thread context class loader, and reads its defaults and
 * loads configured classes through the {@link Configuration}'s class loader. In a bundle neither is the loader
 * that sees Hadoop's jars, and the lookup fails with "No FileSystem for scheme "file"". This class points both
 * at this bundle's loader.
 * <p>
 * Use {@link #configuration()} for every {@code Configuration} and wrap the whole Hadoop or Parquet operation,
 * from opening the writer or reader to closing it, in {@link #call(Work)}.
 */
public final class Hadoop {

	/** The loader of this bundle, which holds every embedded jar. */
	private static final ClassLoader LIBRARIES = Hadoop.class.getClassLoader();

	private Hadoop() {
	}

	/**
	 * A new Hadoop configuration that loads its defaults and classes from this bundle.
	 *
	 * @return a configuration with Hadoop's defaults
	 */
	public static Configuration configuration() {
		return call(() -> {
			Configuration configuration = new Configuration();
			configuration.setClassLoader(LIBRARIES);
			return configuration;
		});
	}

	/**
	 * Runs {@code work} with the thread context class loader set to this bundle's and restores the previous one
	 * afterwards, also when the work throws.
	 *
	 * @param <T> what the work returns
	 * @param <E> what the work may throw
	 * @param work the Hadoop or Parquet operation
	 * @return what the work returned
	 * @throws E what the work threw
	 */
	public static <T, E extends Exception> T call(Work<T, E> work) throws E {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(LIBRARIES);
		try {
			return work.run();
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	/**
	 * An operation on Hadoop or Parquet.
	 *
	 * @param <T> what it returns
	 * @param <E> what it may throw
	 */
	@FunctionalInterface
	public interface Work<T, E extends Exception> {
		/**
		 * Does the work.
		 *
		 * @return its result
		 * @throws E when it fails
		 */
		T run() throws E;
	}
}
