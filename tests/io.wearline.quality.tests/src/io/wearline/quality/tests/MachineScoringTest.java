package io.wearline.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wearline.core.Machine;
import io.wearline.core.MachineStore;
import io.wearline.core.TemplateRegistry;
import io.wearline.data.TableFormats;
import io.wearline.model.MachineProfile;
import io.wearline.data.ReadOptions;
import io.wearline.data.Table;
import io.wearline.quality.HoldoutFidelity;
import io.wearline.quality.Holdout;
import io.wearline.quality.HoldoutSource;
import io.wearline.quality.MachineScore;
import io.wearline.quality.MachineScoring;
import io.wearline.quality.QualityReport;
import io.wearline.quality.QualityScores;
import io.wearline.quality.QualityScoring;
import io.wearline.quality.QualityThresholds;
import io.wearline.quality.QualityVerdict;
import io.wearline.quality.ScoringOptions;
import io.wearline.quality.TrainingSource;
import io.wearline.sim.FreshRows;
import io.wearline.sim.SeedTables;
import io.wearline.sim.Simulation;
import io.wearline.sim.SimulationOptions;

/**
 * A machine of a workspace, built here from the motor template, its seed data and "generated" data written with
 * the data layer, scored as {@code wearline score <machine>} and {@code wearline build} score it.
 */
class MachineScoringTest {
	@TempDir
	Path workspace;
	private Machine machine;
	private MachineProfile profile;

	@BeforeEach
	void createMachine() throws IOException {
		profile = TemplateRegistry.get().instantiate(TemplateRegistry.get().find("motor").orElseThrow(), "motor_1");
		machine = new MachineStore(workspace).create("motor_1", profile);
		write(machine.seedFile(), 10, 1);
	}

	private void write(Path file, int units, long seed) throws IOException {
		Files.createDirectories(file.getParent());
		TableFormats.standard().write(SeedTables.of(Simulation.run(profile, SimulationOptions.ofUnits(units, seed),
				null)), file);
	}

	/** The holdout a caller gives for simulated seed data: rows simulated afresh from the profile. */
	private HoldoutSource freshRows() {
		return (scored, seedRows) -> {
			FreshRows fresh = FreshRows.simulate(profile, seedRows);
			return new Holdout(fresh.table(), fresh.describe(scored.profileFile().toString()));
		};
	}

	@Test
	void generatedDataLikeTheSeedPassesAndBothReportsAreWrittenWithASimulatedHoldout() throws IOException {
		write(MachineScoring.trainFile(machine), 10, 2);
		assertTrue(MachineScoring.hasGeneratedData(machine));
		MachineScore score = MachineScoring.score(machine, QualityThresholds.defaults(), false,
				machine.reportsFolder(), freshRows(), null);
		assertEquals(machine.reportsFolder().resolve("quality.json"), score.json());
		assertTrue(Files.isRegularFile(score.json()) && Files.isRegularFile(score.html()));
		assertTrue(score.verdict().passed(), () -> "another simulation of the same profile should pass: "
				+ score.verdict().failures());
		assertTrue(score.report().inputs().holdoutRows() > 0, "a holdout was simulated");
		assertFalse(Double.isNaN(score.report().privacy().score()), "so the DCR comparison is measured");
		assertTrue(score.sources().get("holdout").contains("simulated afresh"), score.sources().get("holdout"));
		JsonNode json = new ObjectMapper().readTree(score.json().toFile());
		assertEquals("motor_1", json.get("sources").get("machine").asText());
		assertEquals(machine.seedFile().toString(), json.get("sources").get("real").asText());
		assertTrue(json.get("utility").isNull(), "utility was not asked for");
	}

	@Test
	void copiesOfSimulatedSeedDataReportPrivacyWithoutFailingOnItButCopiesOfRealRowsFail() throws IOException {
		Files.createDirectories(machine.dataFolder());
		Files.copy(machine.seedFile(), MachineScoring.trainFile(machine));
		MachineScore score = MachineScoring.score(machine, QualityThresholds.defaults(), false,
				machine.reportsFolder(), freshRows(), null);
		assertEquals(1.0, score.report().privacy().exactCopies());
		assertEquals(TrainingSource.SIMULATED, score.report().options().trainingSource());
		QualityVerdict.Check privacy = score.verdict().check(QualityThresholds.PRIVACY);
		assertTrue(privacy.measured() && privacy.value() < 0.5, "reported: " + privacy.describe());
		assertFalse(privacy.checked(), "but not a threshold for simulated training rows");
		assertTrue(score.verdict().passed(), score.verdict().failures()::toString);

		// the same rows taken for real data, as 'score <real> <synthetic>' takes two files: privacy gates
		TableFormats formats = TableFormats.standard();
		Table seed = formats.read(machine.seedFile(), ReadOptions.defaults()).table();
		Table holdout = SeedTables.of(Simulation.run(profile, SimulationOptions.ofUnits(10, 3), null));
		QualityReport asReal = QualityScoring.score(seed, seed, holdout, ScoringOptions.defaults(), null);
		QualityVerdict realVerdict = QualityThresholds.defaults().check(asReal);
		assertTrue(realVerdict.check(QualityThresholds.PRIVACY).checked());
		assertEquals(List.of(QualityThresholds.PRIVACY), realVerdict.failures().stream().map(c -> c.name()).toList());
	}

	@Test
	void theReportCarriesFidelityAgainstFreshRowsAsItsHeadlineAndAgainstTheTrainingRows() throws IOException {
		write(MachineScoring.trainFile(machine), 10, 2);
		MachineScore score = MachineScoring.score(machine, QualityThresholds.defaults(), false,
				machine.reportsFolder(), freshRows(), null);
		HoldoutFidelity unseen = score.report().holdoutFidelity();
		assertTrue(unseen != null && unseen.rows() == score.report().inputs().holdoutRows(), "against the holdout");
		assertTrue(unseen.holdout().contains("simulated afresh") && !unseen.holdout().contains("real rows"),
				unseen.holdout());
		QualityScores headline = QualityScores.of(score.report());
		assertEquals(unseen.overall(), headline.overall());
		assertEquals(score.report().overall(), headline.overallAgainstTraining());
		assertEquals(unseen.overall(), score.verdict().check(QualityThresholds.OVERALL).value(), "the verdict's");
		assertTrue(Math.abs(unseen.overall() - score.report().overall()) > 0, "two measurements, not one twice");

		JsonNode json = new ObjectMapper().readTree(score.json().toFile());
		assertEquals(unseen.overall(), json.get("holdoutFidelity").get("overall").asDouble(), 1e-12);
		assertEquals(score.report().overall(), json.get("overall").asDouble(), 1e-12);
		assertEquals("SIMULATED", json.get("options").get("trainingSource").asText());
		assertTrue(json.get("sources").get("training").asText().startsWith("simulated"));
		String html = Files.readString(score.html());
		assertTrue(html.contains("Overall, unseen rows") && html.contains("Overall, training rows"), "both in HTML");
		assertTrue(html.contains("information only"), "privacy as information");

		Path metadata = machine.reportsFolder().resolve("metadata.json");
		JsonNode kinds = new ObjectMapper().readTree(metadata.toFile()).get("columns");
		assertEquals("numerical", kinds.get("cycle").get("sdtype").asText());
		assertEquals(score.report().options().metadata().columns().size(), kinds.size());
	}

	@Test
	void aMachineWithoutGeneratedDataIsRefusedWithTheCommandThatMakesIt() {
		assertFalse(MachineScoring.hasGeneratedData(machine));
		NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> MachineScoring.score(machine,
				QualityThresholds.defaults(), freshRows(), null));
		assertTrue(e.getMessage().contains("wearline generate motor_1"), e.getMessage());
		assertFalse(Files.exists(machine.reportsFolder()), "no report is written");
	}
}
