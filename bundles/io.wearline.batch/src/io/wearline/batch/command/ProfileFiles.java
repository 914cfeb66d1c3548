package io.wearline.batch.command;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wearline.batch.Console;
import io.wearline.batch.UsageException;
import io.wearline.core.ProfileFormat;
import io.wearline.data.InputText;

/**
 * The profile files a command line names: files as given, folders searched recursively for every file whose
 * extension names a {@link ProfileFormat}. Hidden files and folders (a leading dot, such as {@code .git}) and
 * office lock files ({@code ~$name.xlsx}) are skipped. A file named twice is read once.
 */
final class ProfileFiles {
	/** The extensions a profile file may have, for messages. */
	static final String EXTENSIONS = ".machine, .json, .yaml, .yml or .xlsx";

	private final Map<Path, ProfileFile> files = new LinkedHashMap<>();
	private final List<String> emptyFolders = new ArrayList<>();

	/**
	 * Collects the files of the operands, in operand order; inside a folder sorted by path.
	 *
	 * @throws UsageException when an operand does not exist, or names a file that is not a profile
	 * @throws IOException when a folder cannot be read
	 */
	static ProfileFiles collect(List<String> operands, Console console) throws UsageException, IOException {
		ProfileFiles collected = new ProfileFiles();
		for (String operand : operands) {
			Path path = console.resolve(operand);
			if (Files.isDirectory(path)) {
				collected.addFolder(operand, path);
			} else if (Files.isRegularFile(path)) {
				if (ProfileFormat.of(path).isEmpty()) {
					throw new UsageException(InputText.escaped(operand) + " is not a profile file: its name must end in " + EXTENSIONS);
				}
				collected.add(new ProfileFile(path, operand));
			} else if (Files.exists(path)) {
				throw notARegularFile(operand);
			} else {
				throw new UsageException("no such file or folder: " + InputText.escaped(operand));
			}
		}
		return collected;
	}

	/** The refusal of an operand that exists but is a device, a pipe or a socket, which is never read. */
	static UsageException notARegularFile(String operand) {
		return new UsageException(InputText.escaped(operand) + " is not a regular file (a device, a pipe or a "
				+ "socket): give a profile file or a folder of them");
	}

	private void addFolder(String operand, Path folder) throws IOException {
		List<Path> found = new ArrayList<>();
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				if (attrs.isRegularFile() && !isHidden(file) && ProfileFormat.of(file).isPresent()) {
					found.add(file);
				}
				return FileVisitResult.CONTINUE;
			}
		});
		if (found.isEmpty()) {
			emptyFolders.add(operand);
		}
		found.sort(null);
		Path shownFolder = Path.of(operand);
		for (Path file : found) {
			add(new ProfileFile(file, shownFolder.resolve(folder.relativize(file)).normalize().toString()));
		}
	}

	private static boolean isHidden(Path path) {
		String name = path.getFileName().toString();
		return name.startsWith(".") || name.startsWith("~$");
	}

	private void add(ProfileFile file) {
		files.putIfAbsent(file.file(), file);
	}

	/** The files, in a stable order: operand order, and sorted by path inside a folder. */
	List<ProfileFile> files() {
		return List.copyOf(files.values());
	}

	/** The folders, as the user named them, that hold no profile file. */
	List<String> emptyFolders() {
		return List.copyOf(emptyFolders);
	}
}
