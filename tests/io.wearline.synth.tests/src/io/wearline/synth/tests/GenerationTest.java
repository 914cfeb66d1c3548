package io.wearline.synth.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wearline.core.Machine;
import io.wearline.data.ReadOptions;
import io.wearline.data.Table;
import io.wearline.data.TableFormats;
import io.wearline.synth.Condition;
import io.wearline.synth.ConditionalSample;
import io.wearline.synth.GeneratedFile;
import io.wearline.synth.GenerationRequest;
import io.wearline.synth.GenerationResult;
import io.wearline.synth.Generator;
import io.wearline.synth.LatentSource;
import io.wearline.synth.ModelFileException;
import io.wearline.synth.SynthesizerModel;

/**
 * Generation: the three files and their manifest, all or nothing, reproducible; conditional sampling; the latent
 * sources (posteriors, prior, a mix), each producing rows and named in the manifest with the synthesizer's settings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GenerationTest {

	@TempDir
	static Path workspace;

	private Machine machine;
	private SynthesizerModel model;

	@BeforeAll
	void train() throws IOException {
		machine = TestMachines.machine(workspace, "generated", 25);
		model = SynthesizerModel.load(TestMachines.trainedModel(machine, TestMachines.rareMode(10_000, 5)));
	}

	private static Table read(Path file) throws IOException {
		return TableFormats.standard().read(file, ReadOptions.defaults()).table();
	}

	@Test
	void theProfilesCountsAndSeedGiveThreeParquetFilesAndTheirManifest() throws IOException {
		GenerationResult result = Generator.generate(machine, GenerationRequest.defaults(), new NullProgressMonitor());
		assertEquals(7, result.seed(), "the profile's dataset seed");
		List<String> splits = new ArrayList<>();
		int[] expected = { 3000, 600, 600 };
		for (int i = 0; i < 3; i++) {
			GeneratedFile file = result.files().get(i);
			splits.add(file.split());
			assertEquals(machine.dataFolder().resolve(file.split() + ".parquet"), file.file());
			Table table = read(file.file());
			assertEquals(expected[i], table.rowCount());
			assertEquals(expected[i], file.rows());
			assertEquals(model.schema(), table.schema());
		}
		assertEquals(List.of("train", "val", "test"), splits);
		JsonNode manifest = new ObjectMapper().readTree(result.manifest().toFile());
		assertEquals(machine.dataFolder().resolve("manifest.json"), result.manifest());
		assertEquals("wearline-dataset", manifest.path("format").asText());
		assertEquals("generated", manifest.path("machine").asText());
		assertEquals(model.manifest().modelId(), manifest.path("model").path("id").asText());
		assertEquals(model.fileHash(), manifest.path("model").path("fileSha256").asText());
		assertEquals("model/model.wlm", manifest.path("model").path("file").asText());
		assertEquals(model.manifest().profileHash(), manifest.path("profileHash").asText());
		assertTrue(manifest.path("profileMatchesModel").asBoolean());
		assertEquals(7, manifest.path("seeds").path("generation").asLong());
		assertEquals(0, manifest.path("conditions").size());
		for (int i = 0; i < 3; i++) {
			JsonNode file = manifest.path("files").get(i);
			assertEquals(expected[i], file.path("rows").asInt());
			assertEquals(result.files().get(i).sha256(), file.path("sha256").asText());
		}
		assertFalse(manifest.path("versions").path("nd4j").asText().isEmpty());
	}

	@Test
	void theSameSeedWritesTheSameFilesAndAnotherSeedOthers() throws IOException {
		GenerationRequest request = GenerationRequest.defaults().withRows(1000, 100, 100).withSeed(5);
		List<String> first = hashes(Generator.generate(machine, request, new NullProgressMonitor()));
		List<String> second = hashes(Generator.generate(machine, request, new NullProgressMonitor()));
		List<String> other = hashes(Generator.generate(machine, request.withSeed(6), new NullProgressMonitor()));
		assertEquals(first, second);
		assertNotEquals(first.get(0), other.get(0));
		assertNotEquals(first.get(0), first.get(1), "each split draws from its own seed");
	}

	private static List<String> hashes(GenerationResult result) {
		return result.files().stream().map(GeneratedFile::sha256).toList();
	}

	@Test
	void aSplitOfNoRowsIsAnEmptyFileOfTheSchema() throws IOException {
		GenerationResult result = Generator.generate(machine, GenerationRequest.defaults().withRows(50, 0, 0),
				new NullProgressMonitor());
		Table validation = read(result.files().get(1).file());
		assertEquals(0, validation.rowCount());
		assertEquals(model.schema(), validation.schema());
		assertEquals(50, read(result.files().get(0).file()).rowCount());
	}

	@Test
	void aCancelledGenerationLeavesThePreviousFiles() throws IOException {
		GenerationResult previous = Generator.generate(machine, GenerationRequest.defaults().withRows(1000, 100, 100)
				.withSeed(1), new NullProgressMonitor());
		byte[] manifest = Files.readAllBytes(previous.manifest());
		NullProgressMonitor cancelAfterTheFirstFile = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				if (name.startsWith("val:")) {
					setCanceled(true);
				}
			}
		};
		assertThrows(OperationCanceledException.class, () -> Generator.generate(machine, GenerationRequest.defaults()
				.withRows(2000, 200, 200).withSeed(2), cancelAfterTheFirstFile));
		for (GeneratedFile file : previous.files()) {
			assertEquals(1000 == file.rows() ? 1000 : 100, read(file.file()).rowCount());
		}
		assertEquals(new String(manifest), Files.readString(previous.manifest()));
		try (Stream<Path> files = Files.list(machine.dataFolder())) {
			assertEquals(List.of("manifest.json", "test.parquet", "train.parquet", "val.parquet"),
					files.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary file is left");
		}
	}

	@Test
	void conditionalRowsHoldTheValueAndFollowTheModelsConditionalDistribution() {
		ConditionalSample rare = model.sample(2000, 3, List.of(new Condition("failure_mode", "seal_leak")), () -> false);
		assertEquals(2000, rare.table().rowCount());
		assertEquals(java.util.Map.of("seal_leak", 1.0), Distributions.shares(rare.table(), "failure_mode"));
		assertTrue(rare.shaped(), "the pilot finds the value");
		// the model's own conditional distribution, by brute force: keep the unconditional rows that hold the value
		Table unconditional = model.sample(300_000, 11);
		List<Double> reference = new ArrayList<>();
		for (int row = 0; row < unconditional.rowCount(); row++) {
			if ("seal_leak".equals(unconditional.categoricals("failure_mode").label(row))) {
				reference.add(unconditional.doubles("temperature").get(row));
			}
		}
		assertTrue(reference.size() > 1000, "the model draws the 1% mode: " + reference.size());
		double[] conditional = Distributions.values(rare.table(), "temperature");
		double[] bruteForce = reference.stream().mapToDouble(Double::doubleValue).toArray();
		double agreement = Distributions.ksComplement(conditional, bruteForce);
		assertTrue(agreement > 0.9, "KS complement " + agreement + " between the conditional sample (mean "
				+ Distributions.mean(conditional) + ") and the model's rows of the value (mean "
				+ Distributions.mean(bruteForce) + ")");
		System.out.printf("conditional sampling of a 1%% mode: %d rows from %d candidates, effectively %.0f "
				+ "(acceptance %.3f), %.3f s; brute force keeps %d of 300,000 rows%n", 2000, rare.candidates(),
				rare.effectiveCandidates(), rare.acceptance(), rare.seconds(), reference.size());
		// drawn from the prior alone, the acceptance could not exceed the value's share; near the posteriors it does
		assertTrue(rare.acceptance() > 0.05, "acceptance " + rare.acceptance());
	}

	@Test
	void generationWithAConditionWritesOnlyThatValue() throws IOException {
		GenerationResult result = Generator.generate(machine, GenerationRequest.defaults().withRows(500, 100, 100)
				.withConditions(List.of(Condition.parse("failure_mode=wear"))), new NullProgressMonitor());
		for (GeneratedFile file : result.files()) {
			assertEquals(java.util.Map.of("wear", 1.0), Distributions.shares(read(file.file()), "failure_mode"));
		}
		JsonNode manifest = new ObjectMapper().readTree(result.manifest().toFile());
		assertEquals("failure_mode=wear", manifest.path("conditions").get(0).asText());
		assertTrue(result.candidates() >= 700);
	}

	@Test
	void conditionsThatDoNotFitTheModelAreRefusedWithWhatTheColumnHolds() {
		assertRefused(new Condition("colour", "red"), "has no column 'colour'");
		assertRefused(new Condition("temperature", "50"), "conditions apply to categories");
		assertRefused(new Condition("failure_mode", "fire"), "never holds 'fire'");
		IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> model.checkConditions(
				List.of(new Condition("failure_mode", "wear"), new Condition("failure_mode", "none"))));
		assertTrue(twice.getMessage().contains("two conditions"), twice.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Condition.parse("no equals sign"));
	}

	private void assertRefused(Condition condition, String reason) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> model.checkConditions(List.of(condition)));
		assertTrue(e.getMessage().contains(reason), e.getMessage());
	}

	@Test
	void aMachineWithoutAModelIsRefused() throws IOException {
		Machine untrained = TestMachines.machine(workspace, "untrained", 3);
		ModelFileException e = assertThrows(ModelFileException.class,
				() -> Generator.generate(untrained, GenerationRequest.defaults(), new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("has no model yet"), e.getMessage());
	}

	private JsonNode generateFrom(LatentSource source) throws IOException {
		GenerationResult result = Generator.generate(machine, GenerationRequest.defaults().withRows(800, 0, 0)
				.withLatent(source), new NullProgressMonitor());
		Table train = read(result.files().get(0).file());
		assertEquals(800, train.rowCount(), source.label());
		assertEquals(model.schema(), train.schema());
		return new ObjectMapper().readTree(result.manifest().toFile());
	}

	@Test
	void eachSourceProducesRowsAndTheManifestSaysWhich() throws IOException {
		for (LatentSource source : List.of(LatentSource.POSTERIOR, LatentSource.PRIOR, LatentSource.parse("mix=0.25"))) {
			JsonNode sampling = generateFrom(source).path("sampling");
			assertEquals(source.label(), sampling.path("latent").asText());
			assertEquals(source.priorShare(), sampling.path("priorShare").asDouble(), 0);
			assertEquals(source.describe(), sampling.path("latentDescription").asText());
		}
		assertEquals("mix=0.25", LatentSource.parse("mix=0.25").label());
	}

	@Test
	void theDefaultIsThePosteriorAndTheManifestNamesTheSynthesizersSettings() throws IOException {
		GenerationResult result = Generator.generate(machine, GenerationRequest.defaults().withRows(200, 0, 0),
				new NullProgressMonitor());
		JsonNode manifest = new ObjectMapper().readTree(result.manifest().toFile());
		assertEquals("posterior", manifest.path("sampling").path("latent").asText());
		JsonNode settings = manifest.path("synthesizer");
		assertEquals("TVAE", settings.path("synthesizer").asText());
		assertEquals(model.settings().get("embedding_dim"), settings.path("embedding_dim").asInt());
		assertEquals(model.manifest().bestEpoch(), settings.path("best_epoch").asInt());
	}

	@Test
	void thePriorDrawsOtherRowsThanThePosteriorsAndAMixTakesAnExactShareFromEach() {
		Table posterior = model.sample(500, 11, LatentSource.POSTERIOR);
		Table prior = model.sample(500, 11, LatentSource.PRIOR);
		assertEquals(posterior.rowCount(), prior.rowCount());
		assertFalse(Arrays.equals(posterior.doubles("vibration").toArray(), prior.doubles("vibration").toArray()),
				"the codes differ, so the rows do");
		assertArrayEquals(model.sample(500, 11).doubles("vibration").toArray(),
				posterior.doubles("vibration").toArray(), "the posterior is what sample(count, seed) draws");
		LatentSource mix = new LatentSource(0.3);
		int fromPrior = 0;
		for (int row = 0; row < 1000; row++) {
			fromPrior += mix.fromPrior(row) ? 1 : 0;
		}
		assertEquals(300, fromPrior);
	}

	@Test
	void badSourcesAndSourcesOtherThanThePosteriorWithConditionsAreRefused() {
		IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> LatentSource.parse("mix=2"));
		assertTrue(bad.getMessage().contains("prior, posterior, mix or mix=F"), bad.getMessage());
		IllegalArgumentException conditioned = assertThrows(IllegalArgumentException.class,
				() -> GenerationRequest.defaults().withConditions(List.of(Condition.parse("failure_mode=wear")))
						.withLatent(LatentSource.PRIOR));
		assertTrue(conditioned.getMessage().contains("--where"), conditioned.getMessage());
	}
}
