package io.wearline.batch.bench;

import java.util.List;

/**
 * A valid profile text of any size, for benchmarks: sensors of every kind cycle through temperatures,
 * vibrations, pressures, currents and speeds; three regimes adjust every tenth sensor; four failure modes each
 * act on a handful of sensors.
 */
final class GeneratedProfile {
	private record Kind(String name, String unit, double min, double max, double nominal) {
	}

	private static final List<Kind> KINDS = List.of(new Kind("temperature", "°C", 0, 150, 60),
			new Kind("vibration", "mm/s", 0, 20, 2), new Kind("pressure", "bar", 0, 16, 6),
			new Kind("current", "A", 0, 250, 120), new Kind("speed", "rpm", 0, 3000, 1480));

	private GeneratedProfile() {
	}

	static String withSensors(int sensors) {
		StringBuilder text = new StringBuilder("machine bench_").append(sensors).append(" \"Benchmark machine\" {\n")
				.append("  type custom\n");
		for (int i = 0; i < sensors; i++) {
			Kind kind = KINDS.get(i % KINDS.size());
			text.append("  sensor s").append(i).append(" {\n")
					.append("    kind ").append(kind.name).append('\n')
					.append("    unit \"").append(kind.unit).append("\"\n")
					.append("    range ").append(kind.min).append(" to ").append(kind.max).append('\n')
					.append("    nominal ").append(kind.nominal).append('\n')
					.append("    noise ").append((kind.max - kind.min) / 200).append('\n')
					.append("    wear ").append(i % 2 == 0 ? "rises" : "falls").append(" by ")
					.append((kind.max - kind.min) / 20).append('\n')
					.append("  }\n");
		}
		text.append("  parameter load = 1 \"pu\"\n");
		String[] regimes = { "low", "mid", "high" };
		for (int r = 0; r < regimes.length; r++) {
			text.append("  regime ").append(regimes[r]).append(" weight ").append(r == 0 ? "0.5" : "0.25").append(" {\n");
			for (int i = r; i < sensors; i += 10) {
				text.append("    offset s").append(i).append(" by 0.1\n");
			}
			text.append("    set load = ").append(0.5 + r * 0.25).append("\n  }\n");
		}
		text.append("  degradation { law exponential(rate = 3) failure threshold 0.2 }\n")
				.append("  life 100 to 300 cycles\n");
		for (int f = 0; f < 4; f++) {
			text.append("  failure mode_").append(f).append(" { probability 0.2 onset at health 0.5\n");
			for (int i = f; i < sensors; i += Math.max(1, sensors / 5)) {
				text.append("    effect drift on s").append(i).append(" by 1\n");
			}
			text.append("  }\n");
		}
		return text.append("}\n").toString();
	}
}
