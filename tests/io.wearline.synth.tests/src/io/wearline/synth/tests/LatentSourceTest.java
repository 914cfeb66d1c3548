package io.wearline.synth.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
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
import io.wearline.synth.GenerationRequest;
import io.wearline.synth.GenerationResult;
import io.wearline.synth.Generator;
import io.wearline.synth.LatentSource;
import io.wearline.synth.SynthesizerModel;

/**
 * Generation's latent sources: the training posteriors (the default), the prior N(0, I) and a mix each produce rows,
 * the prior's rows differ from the posteriors', and {@code data/manifest.json} says which source was used.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LatentSourceTest {
	@TempDir
	static Path workspace;

	private Machine machine;
	private SynthesizerModel model;

	@BeforeAll
	void train() throws IOException {
		machine = TestMachines.machine(workspace, "latent", 15);
		model = SynthesizerModel.load(TestMachines.trainedModel(machine, TestMachines.rareMode(4_000, 3)));
	}

	private JsonNode generate(LatentSource source) throws IOException {
		GenerationResult result = Generator.generate(machine, GenerationRequest.defaults().withRows(800, 0, 0)
				.withLatent(source), new NullProgressMonitor());
		Table train = TableFormats.standard().read(result.files().get(0).file(), ReadOptions.defaults()).table();
		assertEquals(800, train.rowCount(), source.label());
		assertEquals(model.schema(), train.schema());
		return new ObjectMapper().readTree(result.manifest().toFile());
	}

	@Test
	void eachSourceProducesRowsAndTheManifestSaysWhich() throws IOException {
		for (LatentSource source : List.of(LatentSource.POSTERIOR, LatentSource.PRIOR, LatentSource.parse("mix=0.25"))) {
			JsonNode sampling = generate(source).path("sampling");
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
