package io.wearline.synth.internal.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.wearline.data.AtomicFile;
import io.wearline.data.Table;
import io.wearline.lib.ml.Nd4jRuntime;
import io.wearline.synth.Condition;
import io.wearline.synth.ConditionalSample;
import io.wearline.synth.GeneratedFile;
import io.wearline.synth.GenerationResult;
import io.wearline.synth.LatentSource;
import io.wearline.synth.ModelManifest;
import io.wearline.synth.SynthesizerModel;
import io.wearline.synth.internal.model.Fingerprints;
import io.wearline.synth.internal.model.Json;
import io.wearline.synth.internal.model.Versions;

/**
 * One generation: draws the train, validation and test rows from a model in chunks, writes them as Parquet all or
 * nothing ({@link StagedDatasets}), then the dataset manifest (lineage: the model, its profile and seed data, the
 * seeds, the counts, the files' fingerprints, the versions). A cancel or a failure leaves the previous files.
 */
public final class GenerationRun {

	/** Rows drawn and written at a time: a few tens of MB of network output. */
	public static final int CHUNK_ROWS = 50_000;
	/** The split names, which are also the files' names. */
	public static final List<String> SPLITS = List.of("train", "val", "test");
	/** The manifest's name in the data folder. */
	public static final String MANIFEST = "manifest.json";

	/**
	 * What to generate, resolved.
	 *
	 * @param machineId the machine
	 * @param dataFolder where the files go
	 * @param counts the rows of each split, in {@link #SPLITS} order
	 * @param seed the generation seed
	 * @param conditions the conditions
	 * @param threads the ND4J threads
	 * @param currentProfileHash the fingerprint of the machine's profile now; empty when it cannot be read
	 * @param latent where the latent codes come from
	 */
	public record Plan(String machineId, Path dataFolder, int[] counts, long seed, List<Condition> conditions,
			int threads, String currentProfileHash, LatentSource latent) {
	}

	private final SynthesizerModel model;
	private final Plan plan;
	private long candidates;
	private double effective;

	/**
	 * @param model the model to draw from
	 * @param plan what to generate
	 */
	public GenerationRun(SynthesizerModel model, Plan plan) {
		this.model = model;
		this.plan = plan;
	}

	/**
	 * Generates.
	 *
	 * @throws IllegalArgumentException when a condition does not fit the model
	 * @throws IllegalStateException when the model gives the conditions' values no probability
	 * @throws IOException when a file cannot be written; the previous files stay
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled; the previous files stay
	 */
	public GenerationResult execute(IProgressMonitor monitor) throws IOException {
		long start = System.nanoTime();
		Nd4jRuntime.start(plan.threads());
		if (!plan.conditions().isEmpty()) {
			model.checkConditions(plan.conditions());
		}
		long total = 0;
		for (int count : plan.counts()) {
			total += count;
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Generating " + plan.machineId(),
				(int) Math.min(Integer.MAX_VALUE, total / 1000 + 2));
		SplittableRandom seeds = new SplittableRandom(plan.seed());
		long[] splitSeeds = { seeds.nextLong(), seeds.nextLong(), seeds.nextLong() };
		List<GeneratedFile> files = new ArrayList<>();
		try (StagedDatasets staged = new StagedDatasets()) {
			for (int s = 0; s < SPLITS.size(); s++) {
				String split = SPLITS.get(s);
				Path target = plan.dataFolder().resolve(split + ".parquet");
				staged.open(target, model.schema());
				int count = plan.counts()[s];
				for (int first = 0, chunk = 0; first < count || (count == 0 && chunk == 0); first += CHUNK_ROWS,
						chunk++) {
					int rows = Math.min(CHUNK_ROWS, count - first);
					progress.subTask(split + ": rows " + first + " to " + (first + rows) + " of " + count);
					staged.append(draw(rows, chunkSeed(splitSeeds[s], chunk), progress));
					progress.split(Math.max(0, rows / 1000));
				}
				Path written = staged.finish();
				files.add(new GeneratedFile(split, target, count, Fingerprints.ofFile(written)));
			}
			progress.split(1);
			progress.subTask("putting the files in place");
			staged.commit();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Path manifest = plan.dataFolder().resolve(MANIFEST);
		AtomicFile.write(manifest, Json.bytes(manifest(files, seconds)));
		long drawn = plan.conditions().isEmpty() ? total : candidates;
		double effectiveDrawn = plan.conditions().isEmpty() ? total : effective;
		return new GenerationResult(files, manifest, model.manifest().modelId(), plan.seed(), plan.conditions(), drawn,
				effectiveDrawn, seconds);
	}

	private Table draw(int rows, long seed, SubMonitor progress) {
		if (plan.conditions().isEmpty()) {
			return model.sample(rows, seed, plan.latent());
		}
		ConditionalSample sample = model.sample(rows, seed, plan.conditions(), progress::isCanceled);
		candidates += sample.candidates();
		effective += sample.effectiveCandidates();
		return sample.table();
	}

	private ObjectNode manifest(List<GeneratedFile> files, double seconds) {
		ModelManifest source = model.manifest();
		ObjectNode root = Json.object();
		root.put("format", "wearline-dataset");
		root.put("version", 1);
		root.put("machine", plan.machineId());
		root.put("created", Instant.now().toString());
		ObjectNode modelNode = root.putObject("model");
		modelNode.put("id", source.modelId());
		Path machineFolder = plan.dataFolder().toAbsolutePath().getParent();
		modelNode.put("file", machineFolder == null ? model.file().toString()
				: machineFolder.relativize(model.file().toAbsolutePath()).toString());
		modelNode.put("fileSha256", model.fileHash());
		modelNode.put("runId", source.runId());
		modelNode.put("bestEpoch", source.bestEpoch());
		modelNode.put("trainingSeed", source.seed());
		modelNode.put("seedDataHash", source.seedDataHash());
		root.put("profileHash", source.profileHash());
		if (plan.currentProfileHash().isEmpty()) {
			root.putNull("profileMatchesModel");
		} else {
			root.put("profileMatchesModel", plan.currentProfileHash().equals(source.profileHash()));
		}
		ObjectNode seedNode = root.putObject("seeds");
		seedNode.put("generation", plan.seed());
		seedNode.put("chunks", "split s, chunk c draws with SplitMix64(the split's seed, c); the split seeds are "
				+ "the first three of SplittableRandom(generation)");
		ArrayNode conditions = root.putArray("conditions");
		plan.conditions().forEach(c -> conditions.add(c.toString()));
		ArrayNode fileNodes = root.putArray("files");
		for (GeneratedFile file : files) {
			fileNodes.addObject().put("split", file.split()).put("file", file.file().getFileName().toString())
					.put("rows", file.rows()).put("sha256", file.sha256());
		}
		ObjectNode sampling = root.putObject("sampling");
		// the latent source actually used: conditions always reweigh codes of the training posteriors
		sampling.put("latent", plan.latent().label());
		sampling.put("priorShare", plan.latent().priorShare());
		sampling.put("latentDescription", plan.latent().describe());
		if (plan.conditions().isEmpty()) {
			sampling.put("method", "decode latent codes; each category drawn from its softmax probabilities");
		} else {
			sampling.put("method", "importance resampling of latent codes from the training posteriors");
			sampling.put("candidates", candidates);
			sampling.put("effectiveCandidates", effective);
		}
		sampling.put("seconds", seconds);
		root.set("synthesizer", Json.MAPPER.valueToTree(model.settings()));
		ObjectNode versions = root.putObject("versions");
		Versions.current().forEach(versions::put);
		return root;
	}

	private static long chunkSeed(long seed, int chunk) {
		long z = seed + 0x9E3779B97F4A7C15L * (chunk + 1L);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
