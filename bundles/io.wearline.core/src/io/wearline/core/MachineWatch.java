package io.wearline.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

import io.wearline.core.MachineEvent.JobEnded;
import io.wearline.core.MachineEvent.JobStarted;
import io.wearline.core.MachineEvent.MachineAdded;
import io.wearline.core.MachineEvent.MachineRemoved;
import io.wearline.core.MachineEvent.ProfileChanged;
import io.wearline.core.MachineEvent.StageChanged;
import io.wearline.core.internal.store.TextHash;

/**
 * What a {@link MachineStore} tells its listeners, and how it learns it: from its own changes, from the Job manager
 * (a Job whose rule is a {@link MachineRule} of a machine in the store starts or ends), and from the files, which it
 * compares with what it saw last ({@link #refresh()}), so that another process's work is noticed too.
 */
final class MachineWatch extends JobChangeAdapter {
	/** What the store saw of a machine last: its profile's hash and its status. */
	private record Seen(String profileHash, MachineStatus status) {
	}

	private final MachineStore store;
	private final List<MachineStoreListener> listeners = new CopyOnWriteArrayList<>();
	/** By machine id; null until the first look. */
	private Map<String, Seen> seen;
	private Job poll;

	MachineWatch(MachineStore store) {
		this.store = store;
	}

	/**
	 * Refuses an operation on a machine while a Job of this JVM runs on it, unless the caller is that Job (a
	 * machine build saving the profile it builds).
	 */
	static void refuseWhileJobRuns(Machine machine) throws MachineBusyException {
		MachineRule rule = new MachineRule(machine.folder());
		IJobManager jobs = Job.getJobManager();
		ISchedulingRule held = jobs.currentRule();
		if (held != null && held.contains(rule)) {
			return;
		}
		for (Job job : jobs.find(null)) {
			if (job.getState() == Job.RUNNING && job.getRule() != null && job.getRule().isConflicting(rule)) {
				throw new MachineBusyException(machine.id(),
						new LockHolder(job.getName(), ProcessHandle.current().pid(), null));
			}
		}
	}

	synchronized void addListener(MachineStoreListener listener) {
		if (listeners.isEmpty()) {
			Job.getJobManager().addJobChangeListener(this);
		}
		listeners.add(listener);
		try {
			if (seen == null) {
				refresh(); // the first look takes note of what is there, so the next tells what changed since
			}
		} catch (IOException e) {
			ILog.of(MachineWatch.class).warn("Could not look at the machines in " + store.root(), e);
		}
	}

	synchronized void removeListener(MachineStoreListener listener) {
		listeners.remove(listener);
		if (listeners.isEmpty()) {
			Job.getJobManager().removeJobChangeListener(this);
		}
	}

	synchronized void start(Duration interval) {
		stop();
		Job job = Job.createSystem("Watching the machines in " + store.root(), monitor -> {
			try {
				refresh();
			} catch (IOException e) {
				ILog.of(MachineWatch.class).warn("Could not look at the machines in " + store.root(), e);
			}
		});
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				synchronized (MachineWatch.this) {
					if (poll == job) {
						job.schedule(interval.toMillis());
					}
				}
			}
		});
		poll = job;
		job.schedule();
	}

	synchronized void stop() {
		if (poll != null) {
			poll.cancel();
			poll = null;
		}
	}

	@Override
	public void running(IJobChangeEvent event) {
		Machine machine = machineOf(event.getJob());
		if (machine != null) {
			fire(new JobStarted(machine, event.getJob().getName()));
		}
	}

	@Override
	public void done(IJobChangeEvent event) {
		Machine machine = machineOf(event.getJob());
		if (machine == null) {
			return;
		}
		fire(new JobEnded(machine, event.getJob().getName(), event.getResult()));
		try {
			look(machine);
		} catch (IOException e) {
			ILog.of(MachineWatch.class).warn("Could not look at machine " + machine.id(), e);
		}
	}

	/** Compares every machine's files with what was seen last and tells what changed. */
	void refresh() throws IOException {
		List<Machine> machines = store.machines();
		Map<String, Machine> now = new HashMap<>();
		machines.forEach(machine -> now.put(machine.id(), machine));
		List<Machine> gone = new ArrayList<>();
		synchronized (this) {
			if (seen == null) {
				seen = new HashMap<>();
				for (Machine machine : machines) {
					seen.put(machine.id(), see(machine));
				}
				return;
			}
			seen.keySet().stream().filter(id -> !now.containsKey(id)).forEach(id -> gone.add(
					new Machine(id, store.root().resolve(id))));
		}
		gone.forEach(this::removed);
		for (Machine machine : machines) {
			look(machine);
		}
	}

	/** Compares one machine's files with what was seen last and tells what changed. */
	private void look(Machine machine) throws IOException {
		if (!Files.isRegularFile(machine.profileFile())) {
			return;
		}
		Seen before;
		synchronized (this) {
			if (seen == null) {
				return; // nobody has looked yet: there is nothing to compare with
			}
			before = seen.get(machine.id());
		}
		if (before == null) {
			added(machine);
			return;
		}
		Seen after = see(machine);
		if (!after.profileHash().equals(before.profileHash())) {
			// recording an edit made outside Wearline tells the listeners itself; a text another process saved
			// through its store, or one not recordable now (the machine is busy), is told here
			Optional<ProfileVersion> version = store.noticeOutsideEdit(machine);
			if (!after.profileHash().equals(seenHash(machine))) {
				remember(machine, after);
				fire(new ProfileChanged(machine, version.orElse(null)));
			}
		}
		if (!after.status().sameStage(before.status())) {
			remember(machine, after);
			fire(new StageChanged(machine, before.status(), after.status()));
		}
	}

	void added(Machine machine) {
		remember(machine, null);
		fire(new MachineAdded(machine));
	}

	void removed(Machine machine) {
		synchronized (this) {
			if (seen != null) {
				seen.remove(machine.id());
			}
		}
		fire(new MachineRemoved(machine));
	}

	void profileChanged(Machine machine, ProfileVersion version) {
		remember(machine, null);
		fire(new ProfileChanged(machine, version));
	}

	private synchronized String seenHash(Machine machine) {
		Seen s = seen == null ? null : seen.get(machine.id());
		return s == null ? "" : s.profileHash();
	}

	/** Notes what a machine looks like now ({@code null}: read it), so the next look compares with this. */
	private void remember(Machine machine, Seen what) {
		Seen now;
		try {
			now = what != null ? what : see(machine);
		} catch (IOException e) {
			return; // the next look reads it again
		}
		synchronized (this) {
			if (seen != null) {
				seen.put(machine.id(), now);
			}
		}
	}

	private static Seen see(Machine machine) throws IOException {
		String text = Files.isRegularFile(machine.profileFile())
				? Files.readString(machine.profileFile(), StandardCharsets.UTF_8)
				: "";
		return new Seen(TextHash.of(text), MachineStatus.of(machine));
	}

	private Machine machineOf(Job job) {
		if (!(job.getRule() instanceof MachineRule rule)) {
			return null;
		}
		Path workspace = store.root().toAbsolutePath().normalize();
		return workspace.equals(rule.folder().getParent())
				? new Machine(rule.folder().getFileName().toString(), rule.folder())
				: null;
	}

	private void fire(MachineEvent event) {
		for (MachineStoreListener listener : listeners) {
			try {
				listener.machineChanged(event);
			} catch (RuntimeException e) {
				ILog.of(MachineWatch.class).error("A listener of the machines in " + store.root() + " failed on "
						+ event, e);
			}
		}
	}
}
