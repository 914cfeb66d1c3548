package io.wearline.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.wearline.core.MachineEvent.MachineAdded;
import io.wearline.core.MachineEvent.MachineRemoved;
import io.wearline.core.MachineEvent.ProfileChanged;
import io.wearline.core.internal.store.FolderTree;
import io.wearline.core.internal.store.ProfileText;
import io.wearline.core.internal.store.TextHash;
import io.wearline.data.AtomicFile;
import io.wearline.dsl.validation.Ids;
import io.wearline.model.MachineProfile;

/**
 * The machines of a workspace folder: one folder per machine, the files are the database (DESIGN.md section 3). A
 * machine's folder is named by its id, so ids are held to {@code [a-z][a-z0-9_]{0,63}} here as well as by the
 * validator: no id can name a path outside the workspace.
 * <p>
 * Every change goes through here: create, save (keeping the previous text in the {@link ProfileHistory}), restore,
 * delete, rename, duplicate. Each takes the machine's {@link MachineLock} and is refused with a
 * {@link MachineBusyException} while another process holds it or a Job of this JVM runs on the machine.
 * {@link MachineStoreListener}s hear of every change made here, of Jobs on the machines, and of what another
 * process changed once {@link #refresh()} (or {@link #startWatching}) looks at the files. A {@code profile.machine}
 * edited outside Wearline is recorded as a version "changed outside Wearline" at the next access through a store.
 * Thread-safe.
 */
public final class MachineStore {
	private final Path root;
	private final MachineWatch watch;

	public MachineStore(Path root) {
		this.root = root;
		this.watch = new MachineWatch(this);
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
	 * Creates a machine's folder and writes its profile (atomically) as the first version of its history. Refuses
	 * an id that is not a valid machine id (no path characters) and a machine that exists already. The profile is
	 * written with the machine's id (a copy is renamed; the profile given is left as it is).
	 *
	 * @throws IllegalArgumentException when the id is not a valid machine id, or the profile cannot be written as
	 *         text (a NaN); nothing is created
	 * @throws FileAlreadyExistsException when the workspace has a folder of that name already; nothing changes
	 * @throws IOException when the folder or file cannot be written
	 */
	public Machine create(String machineId, MachineProfile profile) throws IOException {
		checkId(machineId);
		String text = Profiles.get().toDsl(named(profile, machineId));
		Files.createDirectories(root);
		Path folder = root.resolve(machineId);
		try {
			// createDirectory, not createDirectories: it fails when the folder exists, so two creators never share one
			Files.createDirectory(folder);
		} catch (FileAlreadyExistsException e) {
			throw new FileAlreadyExistsException(folder.toString(), null, "Machine '" + machineId
					+ "' exists already in " + root + "; choose another id or delete its folder first.");
		}
		Machine machine = new Machine(machineId, folder);
		ProfileVersion version;
		try {
			AtomicFile.write(machine.profileFile(), text.getBytes(StandardCharsets.UTF_8));
			version = new ProfileHistory(machine).record(text, "machine created");
		} catch (IOException | RuntimeException e) {
			FolderTree.delete(folder); // leave no half-made machine behind: the folder is new
			throw e;
		}
		watch.added(machine);
		watch.profileChanged(machine, version);
		return machine;
	}

	/**
	 * Saves a profile as the machine's, in the profile language, with the machine's id; the previous text stays in
	 * the history. Saving what the machine has already records nothing.
	 *
	 * @return the version the history keeps of it
	 * @throws MachineBusyException when another process or a Job of this JVM works on the machine
	 * @throws IllegalArgumentException when the profile cannot be written as text (a NaN)
	 */
	public ProfileVersion save(Machine machine, MachineProfile profile) throws IOException {
		return saveText(machine, Profiles.get().toDsl(named(profile, machine.id())));
	}

	/**
	 * Saves a profile text as the machine's, exactly as given (an editor's text with its comments); the previous
	 * text stays in the history. The text is not validated: an editor may save work in progress.
	 *
	 * @return the version the history keeps of it
	 * @throws MachineBusyException when another process or a Job of this JVM works on the machine
	 */
	public ProfileVersion saveText(Machine machine, String text) throws IOException {
		return saveText(machine, text, "");
	}

	private ProfileVersion saveText(Machine machine, String text, String why) throws IOException {
		ProfileVersion version;
		try (MachineLock lock = lock(machine, "save")) {
			ProfileHistory history = new ProfileHistory(machine);
			ProfileVersion current = noticeOutsideEdit(machine, history);
			String before = history.text(current.number());
			if (before.equals(text)) {
				return current;
			}
			AtomicFile.write(machine.profileFile(), text.getBytes(StandardCharsets.UTF_8));
			version = history.record(text, why + ProfileText.summary(before, text));
		}
		watch.profileChanged(machine, version);
		return version;
	}

	/**
	 * The machine's profile text; an edit made outside Wearline since the last access is recorded in the history
	 * first.
	 */
	public String profileText(Machine machine) throws IOException {
		noticeOutsideEdit(machine);
		return Files.readString(machine.profileFile(), StandardCharsets.UTF_8);
	}

	/** The machine's profile, read and validated; an edit made outside Wearline is recorded first. */
	public LoadedProfile load(Machine machine) throws IOException {
		noticeOutsideEdit(machine);
		return Profiles.get().load(machine.profileFile());
	}

	/** The kept versions of the machine's profile, oldest first; an edit made outside Wearline is recorded first. */
	public List<ProfileVersion> history(Machine machine) throws IOException {
		noticeOutsideEdit(machine);
		return new ProfileHistory(machine).versions();
	}

	/**
	 * Makes a kept version the machine's profile again, as a new version: nothing is ever lost. The text comes back
	 * to the character; only a machine id that differs from the machine's (a version from before a rename) is
	 * changed to the machine's.
	 *
	 * @throws java.nio.file.NoSuchFileException when the version is not kept
	 */
	public ProfileVersion restore(Machine machine, int number) throws IOException {
		String text = new ProfileHistory(machine).text(number);
		if (ProfileText.parse(text).isPresent()) {
			text = ProfileText.withId(text, machine.id());
		}
		return saveText(machine, text, "restored version " + number + ": ");
	}

	/** The machine's status: its stage, its last outcome, who works on it. */
	public MachineStatus status(Machine machine) throws IOException {
		return MachineStatus.of(machine);
	}

	/**
	 * Deletes a machine's folder with everything in it. The folder is first renamed out of the way, so the machine
	 * vanishes at once even when deleting its files takes a while.
	 *
	 * @throws MachineBusyException when another process or a Job of this JVM works on the machine
	 */
	public void delete(Machine machine) throws IOException {
		try (MachineLock lock = lock(machine, "delete")) {
			Path aside = Files.createTempDirectory(root, "." + machine.id() + ".deleted-");
			Path moved = aside.resolve(machine.id());
			Files.move(machine.folder(), moved);
			FolderTree.delete(aside);
		}
		watch.removed(machine);
	}

	/**
	 * Renames a machine: its folder and the id in its profile (recorded as a version; comments and layout stay).
	 * Its seed data, model, runs, datasets and reports move with it.
	 *
	 * @throws IllegalArgumentException when the new id is not valid, or the profile does not parse (its id cannot
	 *         be found); nothing changes
	 * @throws FileAlreadyExistsException when a machine of the new id exists
	 * @throws MachineBusyException when another process or a Job of this JVM works on the machine
	 */
	public Machine rename(Machine machine, String newId) throws IOException {
		checkId(newId);
		Machine renamed = new Machine(newId, root.resolve(newId));
		ProfileVersion version;
		try (MachineLock lock = lock(machine, "rename")) {
			String renamedText = currentTextAs(machine, renamed).text();
			Files.move(machine.folder(), renamed.folder());
			AtomicFile.write(renamed.profileFile(), renamedText.getBytes(StandardCharsets.UTF_8));
			version = new ProfileHistory(renamed).record(renamedText,
					"machine renamed from " + machine.id() + " to " + newId);
		}
		watch.removed(machine);
		watch.added(renamed);
		watch.profileChanged(renamed, version);
		return renamed;
	}

	/**
	 * Makes a new machine from one: its profile under the new id and its seed data (simulated from the same
	 * profile, so still true of it). Not copied: the model, runs, datasets and reports, which belong to the
	 * original's history of work, its last outcome, its lock, and its profile history, which starts afresh with a
	 * version that names the original and its version.
	 *
	 * @throws IllegalArgumentException when the new id is not valid, or the profile does not parse
	 * @throws FileAlreadyExistsException when a machine of the new id exists
	 * @throws MachineBusyException when another process or a Job of this JVM works on the machine
	 */
	public Machine duplicate(Machine machine, String newId) throws IOException {
		checkId(newId);
		Machine copy = new Machine(newId, root.resolve(newId));
		ProfileVersion version;
		try (MachineLock lock = lock(machine, "duplicate")) {
			Source source = currentTextAs(machine, copy);
			String text = source.text();
			// made aside under a name that is no machine id, then moved in whole: nobody sees half a copy
			Path aside = Files.createTempDirectory(root, "." + newId + ".copy-");
			try {
				Machine made = new Machine(newId, aside);
				AtomicFile.write(made.profileFile(), text.getBytes(StandardCharsets.UTF_8));
				if (Files.isDirectory(machine.seedFile().getParent())) {
					FolderTree.copy(machine.seedFile().getParent(), made.seedFile().getParent());
				}
				Files.move(aside, copy.folder());
			} catch (IOException | RuntimeException e) {
				FolderTree.delete(aside);
				throw e;
			}
			version = new ProfileHistory(copy).record(text,
					"duplicated from " + machine.id() + " version " + source.version().number());
		}
		watch.added(copy);
		watch.profileChanged(copy, version);
		return copy;
	}

	/** Adds a listener; from the first one on, the store follows the Jobs of this JVM on its machines. */
	public void addListener(MachineStoreListener listener) {
		watch.addListener(listener);
	}

	/** Removes a listener. */
	public void removeListener(MachineStoreListener listener) {
		watch.removeListener(listener);
	}

	/**
	 * Looks at the files for what changed since the last look (another process's work, a profile edited outside
	 * Wearline) and tells the listeners. Adding the first listener takes note of what is there; a refresh before
	 * that only takes note.
	 */
	public void refresh() throws IOException {
		watch.refresh();
	}

	/**
	 * Refreshes every {@code interval} in a system Job until {@link #stopWatching()}: how a view follows the
	 * command line. Calling it again changes the interval.
	 */
	public void startWatching(Duration interval) {
		watch.start(interval);
	}

	/** Stops the refreshes {@link #startWatching} started. */
	public void stopWatching() {
		watch.stop();
	}

	/** Records an edit made outside Wearline, if there is one and nobody else holds the machine. */
	Optional<ProfileVersion> noticeOutsideEdit(Machine machine) throws IOException {
		if (!Files.isRegularFile(machine.profileFile())) {
			return Optional.empty();
		}
		ProfileHistory history = new ProfileHistory(machine);
		Optional<ProfileVersion> latest = history.latest();
		String text = Files.readString(machine.profileFile(), StandardCharsets.UTF_8);
		if (latest.isPresent() && latest.get().sha256().equals(TextHash.of(text))) {
			return latest;
		}
		try (MachineLock lock = lock(machine, "save")) {
			return Optional.of(noticeOutsideEdit(machine, history));
		} catch (MachineBusyException e) {
			return Optional.empty(); // recorded at a later access, when the other process is done
		}
	}

	/**
	 * The version that holds the machine's current text, recording it first when it was edited outside Wearline
	 * or was never recorded (a machine made before there was a history). The caller holds the machine's lock.
	 */
	private ProfileVersion noticeOutsideEdit(Machine machine, ProfileHistory history) throws IOException {
		String text = Files.readString(machine.profileFile(), StandardCharsets.UTF_8);
		Optional<ProfileVersion> latest = history.latest();
		if (latest.isEmpty()) {
			return history.record(text, "first version kept by Wearline");
		}
		if (latest.get().sha256().equals(TextHash.of(text))) {
			return latest.get();
		}
		String before = history.text(latest.get().number());
		ProfileVersion version = history.record(text, "changed outside Wearline: " + ProfileText.summary(before,
				text));
		watch.profileChanged(machine, version);
		return version;
	}

	/** Takes the machine's lock for an operation, refusing while a Job of this JVM runs on the machine. */
	private static MachineLock lock(Machine machine, String operation) throws IOException {
		MachineWatch.refuseWhileJobRuns(machine);
		return MachineLock.acquire(machine, operation);
	}

	private static MachineProfile named(MachineProfile profile, String machineId) {
		MachineProfile named = EcoreUtil.copy(profile);
		named.setId(machineId);
		return named;
	}

	/** The version a rename or duplicate starts from, and its text under the new id. */
	private record Source(ProfileVersion version, String text) {
	}

	/**
	 * The machine's current text (an outside edit recorded first) with the target's id, once it is sure the target
	 * does not exist. The caller holds the machine's lock.
	 */
	private Source currentTextAs(Machine machine, Machine target) throws IOException {
		ProfileHistory history = new ProfileHistory(machine);
		ProfileVersion version = noticeOutsideEdit(machine, history);
		String text = history.text(version.number());
		if (ProfileText.parse(text).isEmpty()) {
			throw new IllegalArgumentException("the profile of machine '" + machine.id() + "' does not parse ("
					+ ProfileText.syntaxError(text).orElse("syntax error") + "); correct it first");
		}
		if (Files.exists(target.folder())) {
			throw new FileAlreadyExistsException(target.folder().toString(), null, "Machine '" + target.id()
					+ "' exists already in " + root + "; choose another id or delete it first.");
		}
		return new Source(version, ProfileText.withId(text, target.id()));
	}

	private static void checkId(String machineId) {
		if (!isValidId(machineId)) {
			throw new IllegalArgumentException("'" + machineId + "' is not a valid machine id: an id starts with a"
					+ " lower-case letter and holds only a-z, 0-9 and _, at most 64 characters (it names the machine's"
					+ " folder).");
		}
	}
}
