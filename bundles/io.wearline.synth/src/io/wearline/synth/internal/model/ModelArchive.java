package io.wearline.synth.internal.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.wearline.data.AtomicFile;
import io.wearline.synth.ModelFileException;
import io.wearline.synth.ModelManifest;
import io.wearline.synth.internal.nn.TvaeNetwork;
import io.wearline.synth.internal.sample.LatentPopulation;
import io.wearline.synth.transform.DataTransformer;

/**
 * The model file: a zip archive of {@code manifest.json} (format name, format version, the {@link ModelManifest}
 * and the SHA-256 of every other entry), {@code transformer.json}, {@code network.bin} and {@code population.bin}.
 * The manifest is also written beside the file as {@code manifest.json} for people and scripts, after the file,
 * so that a folder with a manifest always has the model it describes. Both are written atomically.
 * <p>
 * Reading checks everything before anything is used: the archive, the format name and version, each entry's
 * fingerprint, the network's own checksum, and that the network fits the transformer. A file that fails any check
 * is refused with a {@link ModelFileException} that names it.
 */
public final class ModelArchive {

	/** The model file's name in a machine's model folder. */
	public static final String FILE_NAME = "model.wlm";
	/** The manifest's name, inside the archive and beside it. */
	public static final String MANIFEST = "manifest.json";
	/** The value of the manifest's {@code format} field. */
	public static final String FORMAT = "wearline-model";
	/** The format version this code writes and reads. */
	public static final int VERSION = 1;

	private static final String TRANSFORMER = "transformer.json";
	private static final String NETWORK = "network.bin";
	private static final String POPULATION = "population.bin";

	private ModelArchive() {
	}

	/**
	 * Writes the model into a folder: {@link #FILE_NAME}, then {@link #MANIFEST}. The manifest's model id is set
	 * here from the content.
	 *
	 * @return the manifest as written, with its model id
	 */
	public static ModelManifest write(ModelParts parts, Path folder) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		ByteArrayOutputStream transformer = new ByteArrayOutputStream();
		parts.transformer().save(transformer);
		entries.put(TRANSFORMER, transformer.toByteArray());
		entries.put(NETWORK, parts.network().toBytes());
		ByteArrayOutputStream population = new ByteArrayOutputStream();
		parts.population().write(population);
		entries.put(POPULATION, population.toByteArray());
		ModelManifest manifest = parts.manifest()
				.withModelId(Fingerprints.of(entries.values().toArray(new byte[0][])));
		ObjectNode inner = Json.object();
		inner.put("format", FORMAT);
		inner.put("version", VERSION);
		ManifestJson.write(manifest, inner.putObject("model"));
		ObjectNode fingerprints = inner.putObject("entries");
		entries.forEach((name, bytes) -> fingerprints.put(name, Fingerprints.of(bytes)));

		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			put(out, MANIFEST, Json.bytes(inner));
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				put(out, entry.getKey(), entry.getValue());
			}
		}
		byte[] file = zip.toByteArray();
		AtomicFile.write(folder.resolve(FILE_NAME), file);
		ObjectNode outer = Json.object();
		outer.put("format", FORMAT);
		outer.put("version", VERSION);
		outer.put("file", FILE_NAME);
		outer.put("fileSha256", Fingerprints.of(file));
		ManifestJson.write(manifest, outer.putObject("model"));
		AtomicFile.write(folder.resolve(MANIFEST), Json.bytes(outer));
		return manifest;
	}

	private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
		out.putNextEntry(new ZipEntry(name));
		out.write(bytes);
		out.closeEntry();
	}

	/**
	 * Reads a model file.
	 *
	 * @throws ModelFileException when the file is missing, not a Wearline model, of another format version, or
	 *             damaged; the message says which
	 */
	public static ModelParts read(Path file) throws ModelFileException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new ModelFileException(file, "there is no model file", e);
		} catch (IOException e) {
			throw new ModelFileException(file, "the file cannot be read (" + e.getMessage() + ")", e);
		}
		Map<String, byte[]> entries = entries(file, bytes);
		byte[] manifestBytes = entries.get(MANIFEST);
		if (manifestBytes == null) {
			throw new ModelFileException(file, "this is not a Wearline model file (it has no " + MANIFEST + ")", null);
		}
		try {
			JsonNode inner = Json.read(manifestBytes);
			JsonNode format = inner.get("format");
			if (format == null || !FORMAT.equals(format.asText())) {
				throw new ModelFileException(file, "this is not a Wearline model file (its manifest's format is "
						+ (format == null ? "missing" : "'" + format.asText() + "'") + ", not '" + FORMAT + "')", null);
			}
			int version = Json.integer(inner, "version");
			if (version != VERSION) {
				throw new ModelFileException(file, "the model was written in model format version " + version
						+ "; this version of Wearline reads version " + VERSION + " only", null);
			}
			checkFingerprints(file, entries, Json.required(inner, "entries"));
			ModelManifest manifest = ManifestJson.read(Json.required(inner, "model"));
			DataTransformer transformer = DataTransformer.load(new ByteArrayInputStream(entries.get(TRANSFORMER)));
			TvaeNetwork network = TvaeNetwork.fromBytes(entries.get(NETWORK));
			LatentPopulation population = LatentPopulation.read(new ByteArrayInputStream(entries.get(POPULATION)));
			if (!network.layout().equals(transformer.layout())) {
				throw new ModelFileException(file, "the model is damaged: its network does not fit its data "
						+ "transformer", null);
			}
			return new ModelParts(manifest, transformer, network, population);
		} catch (ModelFileException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			throw new ModelFileException(file, "the model is damaged (" + e.getMessage() + ")", e);
		}
	}

	private static Map<String, byte[]> entries(Path file, byte[] bytes) throws ModelFileException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		} catch (IOException | IllegalArgumentException e) {
			throw new ModelFileException(file, "the file is damaged or not a Wearline model (" + e.getMessage()
					+ ")", e);
		}
		if (entries.isEmpty()) {
			throw new ModelFileException(file, "this is not a Wearline model file (it is not a zip archive of a "
					+ "model)", null);
		}
		return entries;
	}

	private static void checkFingerprints(Path file, Map<String, byte[]> entries, JsonNode fingerprints)
			throws ModelFileException {
		for (String name : new String[] { TRANSFORMER, NETWORK, POPULATION }) {
			byte[] content = entries.get(name);
			JsonNode expected = fingerprints.get(name);
			if (content == null || expected == null) {
				throw new ModelFileException(file, "the model is damaged: the entry " + name + " is missing", null);
			}
			if (!expected.asText().equals(Fingerprints.of(content))) {
				throw new ModelFileException(file, "the model is damaged: the entry " + name + " does not match its "
						+ "fingerprint", null);
			}
		}
	}
}
