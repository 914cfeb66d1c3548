package io.wearline.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;

import io.wearline.dsl.MachineText;
import io.wearline.dsl.ProfileIssue;
import io.wearline.model.MachineProfile;
import io.wearline.sim.SeedData;
import io.wearline.sim.Simulation;
import io.wearline.sim.SimulationOptions;

/** Profiles for the tests (the repository's templates, or text written here) and walking a fleet unit by unit. */
final class Fleets {
	private Fleets() {
	}

	/** A profile from text in the profile language, which must parse and validate without errors. */
	static MachineProfile parse(String text) {
		XtextResource resource = MachineText.parse(text, URI.createURI("test:/profile.machine"));
		List<ProfileIssue> errors = MachineText.validate(resource).stream().filter(ProfileIssue::isError).toList();
		assertEquals(List.of(), errors);
		return (MachineProfile) resource.getContents().get(0);
	}

	/** The template of this id from the repository's templates/ folder. */
	static MachineProfile template(String id) {
		try {
			return parse(Files.readString(templates().resolve(id + ".machine"), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The ids of every template in the repository. */
	static List<String> templateIds() {
		try (var files = Files.list(templates())) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".machine"))
					.map(n -> n.substring(0, n.length() - ".machine".length())).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The repository's templates/ folder, found upwards from the working directory of the test run. */
	static Path templates() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("templates");
			if (Files.isRegularFile(candidate.resolve("turbofan.machine"))) {
				return candidate;
			}
		}
		throw new AssertionError("no templates/ folder above " + Path.of("").toAbsolutePath());
	}

	static SeedData units(MachineProfile profile, int units, long seed) {
		return Simulation.run(profile, SimulationOptions.ofUnits(units, seed), null);
	}

	/** The rows of one unit: from {@code first} to {@code end} (exclusive). */
	interface UnitRows {
		void accept(int unit, int first, int end);
	}

	/** Calls back once per unit with its rows; checks that units are contiguous and numbered in order. */
	static void forEachUnit(SeedData data, UnitRows rows) {
		int first = 0;
		int unit = 0;
		while (first < data.rows()) {
			int end = first;
			while (end < data.rows() && data.unit()[end] == data.unit()[first]) {
				end++;
			}
			assertEquals(unit, data.unit()[first], "units are numbered in order");
			rows.accept(unit, first, end);
			first = end;
			unit++;
		}
		assertEquals(data.units(), unit);
		assertTrue(unit > 0);
	}

	/** A small machine: three regimes, a linear law, three failure modes with every kind of effect. */
	static final String PRESS = """
			machine press "Press" {
			  type custom
			  sensor temp "Oil temperature" { kind temperature unit "°C" range 0 to 200 nominal 60 noise 1.5 wear rises by 30 }
			  sensor pressure "Pressure" { kind pressure unit "bar" range 0 to 300 nominal 200 noise 2 }
			  sensor speed "Ram speed" { kind speed unit "rpm" range 0 to 50 clipped nominal 40 noise 1 wear falls by 8 }
			  sensor vibration "Vibration" { kind vibration unit "mm/s" range 0 to 20 nominal 2 noise 0.2 }
			  regime light weight 0.5 { offset pressure by -40  scale temp by 0.9 }
			  regime normal weight 0.3
			  regime heavy weight 0.2 { offset pressure by 50  offset speed by -5 }
			  degradation { law linear initial wear 0 to 0.05 rate variability 0.15 failure threshold 0.2 }
			  life 100 to 300 cycles
			  failure seal_leak "Seal leak" { probability 0.3 onset at health 0.7 effect drift on pressure by -30 effect dropout on vibration by 0.2 }
			  failure pump_wear "Pump wear" { probability 0.2 onset at health 0.6 effect noise_gain on pressure by 4 effect spike on vibration by 10 }
			  failure sensor_fault "Sensor fault" { probability 0.1 onset at health 0.8 effect stuck_at on temp by 0 }
			}
			""";
}
