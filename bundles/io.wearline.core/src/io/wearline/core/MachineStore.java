package io.wearline.core;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.wearline.dsl.validation.Ids;
import io.wearline.model.MachineProfile;

/**
 * The machines of a workspace folder: one folder per machine, the files are the database. A machine's folder is
 * named by its id, so ids are held to {@code [a-z][a-z0-9_]{0,63}} here as well as by the validator: no id can
 * name a path outside the workspace.
 */
public final class MachineStore {

	private final Path root;

	public MachineStore(Path root) {
		this.root = root;
	}

	/** The workspace folder. */
	public Path root() {
		return root;
	}

	/** Whether a text is a valid machine id: a lower-case letter, then up to 63 of a-z, 0-9 and _. */
	public static boolean isValidId(String machineId) {
		return Ids.isValid(machineId);
	}

	/**
	 * Every machine of the workspace (a folder holding a {@code profile.machine}), sorted by id. Folders whose
	 * names are not machine ids (hidden folders, notes) are not machines. An absent workspace has none.
	 */
	public List<Machine> machines() throws IOException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		List<Machine> machines = new ArrayList<>();
		try (Stream<Path> folders = Files.list(root)) {
			for (Path folder : (Iterable<Path>) folders::iterator) {
				String name = folder.getFileName().toString();
				if (isValidId(name) && Files.isRegularFile(folder.resolve(Machine.PROFILE_FILE))) {
					machines.add(new Machine(name, folder));
				}
			}
		}
		machines.sort(Comparator.comparing(Machine::id));
		return machines;
	}

	/** The machine with this id, if the workspace has it. */
	public Optional<Machine> find(String machineId) {
		if (!isValidId(machineId)) {
			return Optional.empty();
		}
		Machine machine = new Machine(machineId, root.resolve(machineId));
		return Files.isRegularFile(machine.profileFile()) ? Optional.of(machine) : Optional.empty();
	}

	/**
	 * Creates a machine's folder and writes its profile (atomically). Refuses an id that is not a valid machine
	 * id (no path characters) and a machine that exists already. The profile is written with the machine's id
	 * (a copy is renamed; the profile given is left as it is).
	 *
	 * @throws IllegalArgumentException when the id is not a valid machine id; nothing is created
	 * @throws FileAlreadyExistsException when the workspace has a folder of that name already; nothing changes
	 * @throws IOException when the folder or file cannot be written
	 */
	public Machine create(String machineId, MachineProfile profile) throws IOException {
		if (!isValidId(machineId)) {
			throw new IllegalArgumentException("'" + machineId + "' is not a valid machine id: an id starts with a"
					+ " lower-case letter and holds only a-z, 0-9 and _, at most 64 characters (it names the machine's"
					+ " folder).");
		}
		Files.createDirectories(root);
		Path folder = root.resolve(machineId);
		try {
			// createDirectory, not createDirectories: it fails when the folder exists, so two creators never share one
			Files.createDirectory(folder);
		} catch (FileAlreadyExistsException e) {
			throw new FileAlreadyExistsException(folder.toString(), null, "Machine '" + machineId
					+ "' exists already in " + root + "; choose another id or delete its folder first.");
		}
		MachineProfile named = EcoreUtil.copy(profile);
		named.setId(machineId);
		Machine machine = new Machine(machineId, folder);
		try {
			Profiles.get().write(named, ProfileFormat.MACHINE, machine.profileFile());
		} catch (IOException | RuntimeException e) {
			// leave no half-made machine behind: the folder is new and holds nothing else
			try (Stream<Path> left = Files.list(folder)) {
				if (left.findAny().isEmpty()) {
					Files.deleteIfExists(folder);
				}
			}
			throw e;
		}
		return machine;
	}
}
