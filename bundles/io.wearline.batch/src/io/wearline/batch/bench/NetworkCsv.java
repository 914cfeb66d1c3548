package io.wearline.batch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.wearline.data.AtomicFile;
import io.wearline.synth.Layout;
import io.wearline.synth.Rows;
import io.wearline.synth.Span;

/**
 * Writes the network's input as the dl4j-spike's PyTorch reference ({@code torch/tvae_torch.py}) reads it, so that
 * the reference trains on exactly the rows Wearline's network trains on: a first line
 * {@code # spans start:width:tanh|softmax ...} in layout order, then one line of comma-separated values per row.
 */
final class NetworkCsv {
	private NetworkCsv() {
	}

	static void write(Layout layout, Rows rows, Path target) throws IOException {
		AtomicFile.write(target, out -> {
			BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			StringBuilder line = new StringBuilder("# spans");
			for (Span span : layout.spans()) {
				line.append(' ').append(span.start()).append(':').append(span.width()).append(':')
						.append(span.kind() == Span.Kind.SCALAR ? "tanh" : "softmax");
			}
			writer.write(line.toString());
			writer.newLine();
			float[] values = rows.values();
			for (int row = 0; row < rows.count(); row++) {
				line.setLength(0);
				for (int column = 0; column < rows.width(); column++) {
					if (column > 0) {
						line.append(',');
					}
					line.append(values[row * rows.width() + column]);
				}
				writer.write(line.toString());
				writer.newLine();
			}
			writer.flush();
		});
	}
}
