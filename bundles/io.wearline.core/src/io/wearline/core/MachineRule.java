package io.wearline.core;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * The scheduling rule of every Job that writes a machine's folder (seed, train, generate, score, build, refine):
 * two Jobs of the same machine never run at once, the later one waits in the Job manager; Jobs of different
 * machines do not conflict. Machines are told apart by their folder's absolute, normalised path. Across processes
 * the machine's {@link MachineLock} does the same.
 */
public final class MachineRule implements ISchedulingRule {

	private final Path folder;

	/**
	 * The rule of the machine in this folder.
	 *
	 * @param machineFolder the machine's folder
	 */
	public MachineRule(Path machineFolder) {
		this.folder = machineFolder.toAbsolutePath().normalize();
	}

	/** The machine's folder. */
	public Path folder() {
		return folder;
	}

	@Override
	public boolean contains(ISchedulingRule rule) {
		return rule == this || rule instanceof MachineRule other && other.folder.equals(folder);
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		return contains(rule);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MachineRule rule && rule.folder.equals(folder);
	}

	@Override
	public int hashCode() {
		return folder.hashCode();
	}

	@Override
	public String toString() {
		return "MachineRule[" + folder + "]";
	}
}
