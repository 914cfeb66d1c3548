package io.wearline.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import io.wearline.core.LoadedProfile;
import io.wearline.core.ProfileFormat;
import io.wearline.core.Profiles;
import io.wearline.data.AtomicFile;
import io.wearline.model.MachineProfile;
import io.wearline.test.support.SampleProfiles;

/** A write that fails leaves the previous file as it was, and no temporary file behind. */
class AtomicWriteTest {
	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(ProfileFormat.class)
	void aProfileTheFormatCannotHoldLeavesThePreviousFileIntact(ProfileFormat format) throws IOException {
		LoadedProfile loaded = Profiles.get().load(SampleProfiles.write(folder.resolve("src/m1.machine"), SampleProfiles.MOTOR));
		Path target = folder.resolve("out/m1." + format.extension());
		Profiles.get().write(loaded.profile(), format, target);
		byte[] before = Files.readAllBytes(target);

		MachineProfile broken = org.eclipse.emf.ecore.util.EcoreUtil.copy(loaded.profile());
		broken.getSensors().get(0).setNominal(Double.NaN);
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> Profiles.get().write(broken, format, target));
		assertTrue(refused.getMessage().contains("cannot be written"), refused.getMessage());

		assertArrayEquals(before, Files.readAllBytes(target));
		assertEquals(List.of(target), list(target.getParent()));
	}

	@Test
	void aWriteThatFailsHalfWayLeavesThePreviousFileIntact() throws IOException {
		Path target = SampleProfiles.write(folder.resolve("profile.machine"), "the previous content\n");
		IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
			out.write("half of the new".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertEquals("disk full", failure.getMessage());
		assertEquals("the previous content\n", Files.readString(target));
		assertEquals(List.of(target), list(folder));
	}

	@Test
	void aWriteReplacesTheFileAndCreatesMissingFolders() throws IOException {
		Path target = folder.resolve("a/b/c.txt");
		AtomicFile.write(target, "one".getBytes(StandardCharsets.UTF_8));
		AtomicFile.write(target, "two".getBytes(StandardCharsets.UTF_8));
		assertEquals("two", Files.readString(target));
		assertEquals(List.of(target), list(target.getParent()));
	}

	@Test
	void aReplacedFileKeepsItsPermissionsAndANewOneGetsTheUsualOnes() throws IOException {
		Path kept = SampleProfiles.write(folder.resolve("kept.machine"), "before");
		Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw----");
		Files.setPosixFilePermissions(kept, shared);
		AtomicFile.write(kept, "after".getBytes(StandardCharsets.UTF_8));
		assertEquals(shared, Files.getPosixFilePermissions(kept));

		Path usual = Files.createFile(folder.resolve("usual.txt"));
		Path created = folder.resolve("created.machine");
		AtomicFile.write(created, "new".getBytes(StandardCharsets.UTF_8));
		assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(created));
	}

	private static List<Path> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}
}
