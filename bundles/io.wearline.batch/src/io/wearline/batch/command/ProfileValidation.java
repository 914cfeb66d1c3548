package io.wearline.batch.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.wearline.core.LoadedProfile;
import io.wearline.core.ProfileFormat;
import io.wearline.core.ProfileProblem;
import io.wearline.core.ProfileProblem.Severity;
import io.wearline.core.Profiles;

/**
 * Reads and validates profile files in parallel on a fixed pool of threads, one per available processor, and
 * hands the verdicts back in the order of the files, whatever order they finish in.
 */
final class ProfileValidation {
	/** The code of a file whose reading failed inside Wearline (a bug), so that one file cannot stop the rest. */
	static final String READ_FAILED = "io.wearline.batch.readFailed";

	private final Profiles profiles;
	private final int threads;

	ProfileValidation(Profiles profiles, int threads) {
		this.profiles = profiles;
		this.threads = threads;
	}

	/** The verdict on every file, in the order given. */
	List<ProfileVerdict> validate(List<ProfileFile> files) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())));
		try {
			List<Future<ProfileVerdict>> pending = new ArrayList<>();
			for (ProfileFile file : files) {
				pending.add(pool.submit(() -> validate(file)));
			}
			List<ProfileVerdict> verdicts = new ArrayList<>();
			for (int i = 0; i < files.size(); i++) {
				verdicts.add(verdict(files.get(i), pending.get(i)));
			}
			return verdicts;
		} finally {
			pool.shutdownNow();
		}
	}

	private ProfileVerdict validate(ProfileFile file) {
		LoadedProfile loaded = profiles.load(file.file());
		List<ProfileProblem> problems = loaded.problems().stream().map(p -> p.withSource(file.shownName())).toList();
		return new ProfileVerdict(file, loaded.format(), problems);
	}

	private static ProfileVerdict verdict(ProfileFile file, Future<ProfileVerdict> pending)
			throws InterruptedException {
		try {
			return pending.get();
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			ProfileProblem problem = new ProfileProblem(file.shownName(), "1:1", Severity.ERROR,
					"Wearline failed while reading this file (" + cause
							+ "); this is a bug: please report it with the file",
					READ_FAILED);
			return new ProfileVerdict(file, ProfileFormat.of(file.file()).orElse(null), List.of(problem));
		}
	}
}
