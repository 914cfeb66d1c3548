package io.wearline.synth.internal.nn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

import io.wearline.synth.Layout;
import io.wearline.synth.Span;

/**
 * The binary form of a {@link TvaeNetwork}: a header ({@value #MAGIC}, format version), the layout, the settings,
 * the seed, the epochs and Adam steps done, then the parameters and Adam's two moment arrays as little-endian
 * floats, and a CRC-32 of everything before it, so that a truncated or damaged file is refused instead of loaded.
 */
final class NetworkFile {

	static final String MAGIC = "WEARLINE-TVAE";
	static final int VERSION = 1;

	private NetworkFile() {
	}

	/** The state of a network, as saved and loaded. */
	record State(Layout layout, TvaeConfig config, long seed, int epochs, int steps, float[] values, float[] mean,
			float[] square) {
	}

	static void write(State state, OutputStream target) throws IOException {
		CheckedOutputStream checked = new CheckedOutputStream(target, new CRC32());
		DataOutputStream out = new DataOutputStream(checked);
		out.writeUTF(MAGIC);
		out.writeInt(VERSION);
		out.writeInt(state.layout().spans().size());
		for (Span span : state.layout().spans()) {
			out.writeInt(span.width());
			out.writeUTF(span.kind().name());
		}
		TvaeConfig config = state.config();
		writeInts(out, config.compressDims());
		out.writeInt(config.embeddingDim());
		writeInts(out, config.decompressDims());
		out.writeDouble(config.learningRate());
		out.writeDouble(config.l2());
		out.writeInt(config.batchSize());
		out.writeDouble(config.lossFactor());
		out.writeInt(config.epochs());
		out.writeLong(state.seed());
		out.writeInt(state.epochs());
		out.writeInt(state.steps());
		out.writeInt(state.values().length);
		writeFloats(out, state.values());
		writeFloats(out, state.mean());
		writeFloats(out, state.square());
		out.flush();
		long crc = checked.getChecksum().getValue();
		out.writeLong(crc);
		out.flush();
	}

	static State read(InputStream source) throws IOException {
		CheckedInputStream checked = new CheckedInputStream(source, new CRC32());
		DataInputStream in = new DataInputStream(checked);
		try {
			String magic;
			try {
				magic = in.readUTF();
			} catch (IOException e) {
				throw new IOException("this is not a Wearline TVAE network (it does not start with " + MAGIC + ")", e);
			}
			if (!MAGIC.equals(magic)) {
				throw new IOException("this is not a Wearline TVAE network (it does not start with " + MAGIC + ")");
			}
			int version = in.readInt();
			if (version != VERSION) {
				throw new IOException("the network was saved in format version " + version + "; this Wearline reads "
						+ "version " + VERSION + " only: train the model again with this version");
			}
			int spanCount = count(in.readInt(), "spans");
			List<Span> spans = new ArrayList<>(spanCount);
			int start = 0;
			for (int i = 0; i < spanCount; i++) {
				int width = in.readInt();
				spans.add(new Span(start, width, Span.Kind.valueOf(in.readUTF())));
				start += width;
			}
			TvaeConfig config = new TvaeConfig(readInts(in), in.readInt(), readInts(in), in.readDouble(),
					in.readDouble(), in.readInt(), in.readDouble(), in.readInt());
			long seed = in.readLong();
			int epochs = in.readInt();
			int steps = in.readInt();
			int parameters = count(in.readInt(), "parameters");
			float[] values = readFloats(in, parameters);
			float[] mean = readFloats(in, parameters);
			float[] square = readFloats(in, parameters);
			long computed = checked.getChecksum().getValue();
			long stored = in.readLong();
			if (computed != stored) {
				throw new IOException("the network file is damaged (its checksum does not match): train it again or "
						+ "restore it from a copy");
			}
			return new State(new Layout(spans), config, seed, epochs, steps, values, mean, square);
		} catch (EOFException e) {
			throw new IOException("the network file ends too early (it was cut off while being written or copied)",
					e);
		} catch (IllegalArgumentException e) {
			throw new IOException("the network file holds an impossible network: " + e.getMessage(), e);
		}
	}

	private static int count(int value, String what) throws IOException {
		if (value < 0 || value > 100_000_000) {
			throw new IOException("the network file is damaged: " + value + " " + what);
		}
		return value;
	}

	private static void writeInts(DataOutputStream out, List<Integer> values) throws IOException {
		out.writeInt(values.size());
		for (int value : values) {
			out.writeInt(value);
		}
	}

	private static List<Integer> readInts(DataInputStream in) throws IOException {
		int size = count(in.readInt(), "layers");
		List<Integer> values = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			values.add(in.readInt());
		}
		return values;
	}

	private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
		ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		bytes.asFloatBuffer().put(values);
		out.write(bytes.array());
	}

	private static float[] readFloats(DataInputStream in, int count) throws IOException {
		byte[] bytes = new byte[count * Float.BYTES];
		in.readFully(bytes);
		float[] values = new float[count];
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
		return values;
	}
}
