package io.wearline.batch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.wearline.batch.ExitCode;
import io.wearline.data.ArrayColumns;
import io.wearline.data.Column;
import io.wearline.data.ColumnStatistics;
import io.wearline.data.ColumnType;
import io.wearline.data.ColumnValues;
import io.wearline.data.ReadOptions;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;

/** Machines of a workspace made with the commands, and "generated" data written with the data layer. */
final class Fleets {
	private Fleets() {
	}

	/** Creates a motor machine and seeds it with {@code units} units. */
	static Path seededMotor(Path cwd, String workspace, String id, int units) {
		CommandRun created = CommandRun.in(cwd, "new", "--template", "motor", "--id", id, "--workspace", workspace);
		assertEquals(ExitCode.OK, created.exit(), created::toString);
		CommandRun seeded = CommandRun.in(cwd, "seed", id, "--workspace", workspace, "--units", Integer.toString(units));
		assertEquals(ExitCode.OK, seeded.exit(), seeded::toString);
		return cwd.resolve(workspace).resolve(id);
	}

	/** Data "generated" like the seed: another simulation of the same profile, into data/train.parquet. */
	static void generateLikeSeed(Path cwd, String workspace, String id, int units) {
		CommandRun run = CommandRun.in(cwd, "seed", id, "--workspace", workspace, "--units", Integer.toString(units),
				"--seed", "977", "--out", workspace + "/" + id + "/data/train.parquet");
		assertEquals(ExitCode.OK, run.exit(), run::toString);
	}

	/** Data "generated" badly: the seed with every DOUBLE column shifted up by {@code stds} standard deviations. */
	static void generateShifted(Path machine, double stds) throws IOException {
		TableFormats formats = TableFormats.standard();
		Table seed = formats.read(machine.resolve("seed/seed.parquet"), ReadOptions.defaults()).table();
		List<ColumnValues> columns = new ArrayList<>();
		for (Column column : seed.schema().columns()) {
			if (column.type() != ColumnType.DOUBLE) {
				columns.add(seed.column(column.name()));
				continue;
			}
			ColumnStatistics statistics = seed.statistics(column.name());
			double[] values = seed.doubles(column.name()).toArray();
			double shift = stds * (statistics.std() > 0 ? statistics.std() : 1);
			for (int i = 0; i < values.length; i++) {
				values[i] += shift;
			}
			columns.add(ArrayColumns.doubles(values, values.length, true));
		}
		Files.createDirectories(machine.resolve("data"));
		formats.write(ArrayColumns.table(seed.schema(), columns), machine.resolve("data/train.parquet"));
	}
}
