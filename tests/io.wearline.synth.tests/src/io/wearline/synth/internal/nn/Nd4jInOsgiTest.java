package io.wearline.synth.internal.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.osgi.framework.FrameworkUtil;

import io.wearline.lib.ml.Nd4jRuntime;

/** ND4J's native back end loads and computes inside Equinox, from the embedded library bundle. */
class Nd4jInOsgiTest {

	@Test
	void startsFromAThreadOutsideOsgiAndMultiplies() throws InterruptedException {
		// a thread whose context loader is the application's, as in a plain executor: the loader ND4J would
		// capture without Nd4jRuntime, and then find no back end
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicReference<Float> product = new AtomicReference<>();
		Thread worker = new Thread(() -> {
			try {
				Nd4jRuntime.start(1);
				INDArray a = Nd4j.create(new float[] { 1, 2, 3, 4, 5, 6 }, new long[] { 2, 3 }, DataType.FLOAT);
				INDArray b = Nd4j.create(new float[] { 1, 0, 0, 1, 1, 1 }, new long[] { 3, 2 }, DataType.FLOAT);
				product.set(a.mmul(b).getFloat(1, 1));
			} catch (Throwable e) {
				failure.set(e);
			}
		}, "plain-worker");
		worker.setContextClassLoader(ClassLoader.getSystemClassLoader());
		worker.start();
		worker.join();
		assertNull(failure.get(), () -> "ND4J failed to start: " + failure.get());
		// row 2 of a = (4, 5, 6); column 2 of b = (0, 1, 1)
		assertEquals(11f, product.get());
	}

	@Test
	void comesFromTheLibraryBundleWithItsNativeCpuBackend() {
		Nd4jRuntime.start(1);
		assertEquals("io.wearline.lib.ml", FrameworkUtil.getBundle(Nd4j.class).getSymbolicName());
		assertEquals("CpuBackend", Nd4j.getBackend().getClass().getSimpleName());
		assertEquals(DataType.FLOAT, Nd4j.dataType());
		assertEquals(1, Nd4jRuntime.threads());
		// the recipe's point: ND4J looks for its back end through the library bundle's loader, whatever thread
		// touched it first
		assertEquals(Nd4j.class.getClassLoader(), ND4JClassLoading.getNd4jClassloader());
	}
}
