package io.wearline.core.tests;

import static io.wearline.core.tests.Problems.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.wearline.core.FormatCodes;
import io.wearline.core.LoadedProfile;
import io.wearline.core.MachineStore;
import io.wearline.core.ProfileLimits;
import io.wearline.core.ProfileProblem;
import io.wearline.core.Profiles;
import io.wearline.dsl.validation.IssueCodes;
import io.wearline.test.support.SampleProfiles;

/** Hostile input is refused quickly, with a clear message and code, and never hangs or exhausts memory. */
class HostileInputTest {
	/** Generous for a loaded build machine; every refusal below takes milliseconds. */
	private static final Duration QUICKLY = Duration.ofSeconds(20);

	@TempDir
	Path folder;

	private LoadedProfile loadQuickly(Path file) {
		return assertTimeoutPreemptively(QUICKLY, () -> Profiles.get().load(file));
	}

	@Test
	void aFileOverTheDefaultLimitIsRefusedBeforeItIsRead() throws IOException {
		Path file = folder.resolve("huge.json");
		try (OutputStream out = Files.newOutputStream(file)) {
			byte[] spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			out.write('{');
			for (int i = 0; i < 10; i++) {
				out.write(spaces);
			}
			out.write('}');
		}
		LoadedProfile loaded = loadQuickly(file);
		ProfileProblem problem = single(loaded, FormatCodes.TOO_LARGE);
		assertEquals("1:1", problem.location());
		assertTrue(problem.message().startsWith("The file is 10.0 MB (10485762 bytes), more than the limit of 10.0 MB"),
				problem.message());
		assertNull(loaded.profile());
	}

	@Test
	void theSizeLimitCanBeSet() throws IOException {
		Path file = SampleProfiles.write(folder.resolve("m1.machine"), SampleProfiles.MOTOR);
		Profiles small = new Profiles(ProfileLimits.defaults().withMaxFileBytes(100));
		assertEquals(FormatCodes.TOO_LARGE, single(small.load(file), FormatCodes.TOO_LARGE).code());
		assertEquals(java.util.List.of(), Profiles.get().load(file).problems());
	}

	@Test
	void yamlBillionLaughsIsRefused() throws IOException {
		StringBuilder yaml = new StringBuilder("id: lol\nlol0: &lol0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
		for (int level = 1; level < 10; level++) {
			yaml.append("lol").append(level).append(": &lol").append(level).append(" [");
			for (int i = 0; i < 9; i++) {
				yaml.append(i > 0 ? "," : "").append("*lol").append(level - 1);
			}
			yaml.append("]\n");
		}
		yaml.append("sensors: *lol9\n");
		LoadedProfile loaded = loadQuickly(SampleProfiles.write(folder.resolve("laughs.yaml"), yaml.toString()));
		ProfileProblem problem = single(loaded, FormatCodes.YAML_ALIAS);
		assertEquals(SampleProfiles.placeOf(yaml.toString(), "*lol0"), problem.location());
		assertTrue(problem.message().startsWith("YAML alias '*lol0' refused"), problem.message());
		assertNull(loaded.profile());
	}

	@Test
	void tenThousandDeepJsonIsRefused() throws IOException {
		String json = "{\"id\": \"deep\", \"sensors\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
		LoadedProfile loaded = loadQuickly(SampleProfiles.write(folder.resolve("deep.json"), json));
		ProfileProblem problem = single(loaded, FormatCodes.TOO_DEEP);
		assertTrue(problem.message().startsWith("The JSON nests objects and lists deeper than 32 levels"),
				problem.message());
		assertNull(loaded.profile());
	}

	@Test
	void tenThousandDeepYamlIsRefused() throws IOException {
		String yaml = "id: deep\nsensors: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
		LoadedProfile loaded = loadQuickly(SampleProfiles.write(folder.resolve("deep.yaml"), yaml));
		assertEquals(FormatCodes.TOO_DEEP, single(loaded, FormatCodes.TOO_DEEP).code());
		assertNull(loaded.profile());
	}

	@Test
	void anXlsxZipBombIsRefused() throws IOException {
		Path bomb = folder.resolve("bomb.xlsx");
		// 200 MB of spaces deflate to about 200 KB: a ratio of 1000, ten times what POI's guard allows
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
					.getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 200; i++) {
				zip.write(spaces);
			}
			zip.write("</worksheet>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
					.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertTrue(Files.size(bomb) < ProfileLimits.DEFAULT_MAX_FILE_BYTES, "the bomb passes the size limit");
		LoadedProfile loaded = loadQuickly(bomb);
		ProfileProblem problem = single(loaded, FormatCodes.UNSAFE_ARCHIVE);
		assertTrue(problem.message().startsWith("The workbook is refused: it expands far beyond"), problem.message());
		assertNull(loaded.profile());
	}

	@Test
	void anXlsxPartThatDeclaresItsHugeSizeIsTooLargeWhenUnpacked() throws IOException {
		// the same 200 MB of spaces, but with its sizes in the entry's header: POI then refuses to allocate it and
		// words that as a bug report ("please open an issue on bugzilla ... IOUtils.setByteArrayMaxOverride()")
		byte[] spaces = new byte[200 * 1024 * 1024];
		java.util.Arrays.fill(spaces, (byte) ' ');
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(spaces);
		java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION, true);
		java.io.ByteArrayOutputStream compressed = new java.io.ByteArrayOutputStream();
		try (java.util.zip.DeflaterOutputStream out = new java.util.zip.DeflaterOutputStream(compressed, deflater)) {
			out.write(spaces);
		}
		ZipEntry sheet = new ZipEntry("xl/worksheets/sheet1.xml");
		sheet.setMethod(ZipEntry.DEFLATED);
		sheet.setSize(spaces.length);
		sheet.setCompressedSize(compressed.size());
		sheet.setCrc(crc.getValue());
		Path bomb = folder.resolve("declared.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
					.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(sheet);
			zip.write(spaces);
			zip.closeEntry();
		}
		assertTrue(Files.size(bomb) < ProfileLimits.DEFAULT_MAX_FILE_BYTES, "the file passes the size limit");
		ProfileProblem problem = single(loadQuickly(bomb), FormatCodes.UNSAFE_ARCHIVE);
		assertTrue(problem.message().startsWith("The workbook is refused: it is too large when unpacked"),
				problem.message());
		assertFalse(problem.message().contains("bugzilla") || problem.message().contains("\n"), problem.message());
	}

	@Test
	void aPipeOrADeviceIsNotReadAsAProfile() throws IOException, InterruptedException {
		Path pipe = folder.resolve("pipe.machine");
		assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor());
		Path device = Files.createSymbolicLink(folder.resolve("zero.json"), Path.of("/dev/zero"));
		for (Path file : new Path[] { pipe, device }) {
			ProfileProblem problem = single(loadQuickly(file), FormatCodes.UNREADABLE);
			assertTrue(problem.message().contains("not a regular file"), problem.message());
		}
	}

	@Test
	void anXlsxEntryOverTheExpansionLimitIsRefused() throws IOException {
		LoadedProfile dsl = Profiles.get().load(SampleProfiles.write(folder.resolve("m1.machine"), SampleProfiles.MOTOR));
		Path workbook = folder.resolve("m1.xlsx");
		Profiles.get().write(dsl.profile(), io.wearline.core.ProfileFormat.XLSX, workbook);
		Profiles strict = new Profiles(new ProfileLimits(ProfileLimits.DEFAULT_MAX_FILE_BYTES, 32, 512));
		assertEquals(FormatCodes.UNSAFE_ARCHIVE, single(strict.load(workbook), FormatCodes.UNSAFE_ARCHIVE).code());
		assertEquals(java.util.List.of(), Profiles.get().load(workbook).problems(), "the limit is per instance");
	}

	@ParameterizedTest
	@ValueSource(strings = { "../evil", "a/b", "..", "C:\\\\evil" })
	void anIdWithPathCharactersIsInvalidInTheFileAndRefusedByTheStore(String id) throws IOException {
		String text = Samples.VALID_JSON.replace("\"id\": \"m1\"", "\"id\": \"" + id + "\"");
		LoadedProfile loaded = loadQuickly(SampleProfiles.write(folder.resolve("evil.json"), text));
		ProfileProblem problem = single(loaded, IssueCodes.INVALID_ID);
		assertEquals(SampleProfiles.placeOf(text, "\"id\""), problem.location());
		Path workspace = folder.resolve("workspace");
		MachineStore store = new MachineStore(workspace);
		String unescaped = id.replace("\\\\", "\\");
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> store.create(unescaped, loaded.profile()));
		assertTrue(refused.getMessage().contains("is not a valid machine id"), refused.getMessage());
		assertFalse(Files.exists(folder.resolve("evil")));
		assertFalse(Files.exists(workspace.resolve("a")));
		assertEquals(java.util.List.of(), store.machines());
	}
}
