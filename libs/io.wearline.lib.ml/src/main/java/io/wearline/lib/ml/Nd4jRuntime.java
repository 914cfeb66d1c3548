package io.wearline.lib.ml;

import java.nio.file.Path;

import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Starts ND4J's native CPU back end inside OSGi, once per JVM, the way the dl4j-spike found to work (its REPORT
 * 2 and 5):
 * <ol>
 * <li>JavaCPP unpacks about 390 MB of natives into {@code org.bytedeco.javacpp.cachedir}. Inside a bundle it
 * uses a flat layout without the library's version in the path, so unless that property is set already it is
 * set to a folder named for the JavaCPP and ND4J versions under {@code ~/.cache/wearline} (another version's
 * natives in the same folder would be loaded by mistake).</li>
 * <li>ND4J finds its back end with a {@link java.util.ServiceLoader} over a class loader it captures from the
 * first thread that touches it; a thread of a plain executor has the application loader, which sees no back end,
 * and the failure is final for the JVM. The loader is set to this bundle's before anything else.</li>
 * <li>The OpenMP and OpenBLAS thread counts come from the environment by default (all cores); they are set
 * here at run time. One thread is the fastest setting for small networks on a busy machine; more threads
 * need the environment variable {@code OMP_WAIT_POLICY=PASSIVE} (set by {@code wearline-launch}) or OpenMP
 * spin-waits.</li>
 * <li>Arrays default to {@code float}.</li>
 * </ol>
 * On Java 24 and newer the JVM also needs {@code --enable-native-access=ALL-UNNAMED
 * --sun-misc-unsafe-memory-access=allow} (JavaCPP loads libraries and uses {@code sun.misc.Unsafe}); without
 * them it only prints warnings.
 */
public final class Nd4jRuntime {

	/** The JavaCPP version the embedded jars carry; part of the cache folder's name. */
	public static final String JAVACPP_VERSION = "1.5.7";

	/** The ND4J version the embedded jars carry; part of the cache folder's name. */
	public static final String ND4J_VERSION = "1.0.0-M2.1";

	private static final String CACHE_PROPERTY = "org.bytedeco.javacpp.cachedir";

	private static boolean started;
	private static RuntimeException failure;
	private static int threads;

	private Nd4jRuntime() {
	}

	/**
	 * Starts the back end on the first call and sets the number of threads ND4J's operations and matrix products
	 * use, for the whole JVM. Later calls only change the thread count. Safe to call from any thread.
	 *
	 * @param threadCount the threads for OpenMP and OpenBLAS, at least 1
	 * @throws IllegalStateException when the back end cannot start (for example on a platform other than
	 *         linux-x86_64); every later call throws the same, because ND4J cannot be started twice in a JVM
	 */
	public static synchronized void start(int threadCount) {
		if (threadCount < 1) {
			throw new IllegalArgumentException("ND4J needs at least one thread, not " + threadCount);
		}
		if (failure != null) {
			throw failure;
		}
		if (!started) {
			startBackend();
			started = true;
		}
		if (threadCount != threads) {
			NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threadCount);
			Nd4j.factory().blas().setMaxThreads(threadCount);
			threads = threadCount;
		}
	}

	/** The thread count set by the last {@link #start(int)}; 0 before the first. */
	public static synchronized int threads() {
		return threads;
	}

	/** The folder JavaCPP unpacks the natives into. */
	public static Path cacheFolder() {
		String set = System.getProperty(CACHE_PROPERTY);
		if (set != null && !set.isBlank()) {
			return Path.of(set);
		}
		return Path.of(System.getProperty("user.home"), ".cache", "wearline",
				"javacpp-" + JAVACPP_VERSION + "-nd4j-" + ND4J_VERSION);
	}

	private static void startBackend() {
		System.setProperty(CACHE_PROPERTY, cacheFolder().toString());
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		// ND4JClassLoading captures the context loader in its static initializer: make that one right too
		thread.setContextClassLoader(Nd4jRuntime.class.getClassLoader());
		try {
			ND4JClassLoading.setNd4jClassloaderFromClass(Nd4j.class);
			Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
			// the first array loads the natives, so a broken installation fails here and not in the network
			Nd4j.create(DataType.FLOAT, 1).close();
		} catch (RuntimeException | LinkageError e) {
			failure = new IllegalStateException("ND4J's native back end did not start (Wearline ships its natives "
					+ "for linux-x86_64 only; they unpack into " + cacheFolder() + ", which needs about 400 MB): "
					+ e, e);
			throw failure;
		} finally {
			thread.setContextClassLoader(previous);
		}
	}
}
