package io.wearline.pipeline;

import io.wearline.core.LoadedProfile;
import io.wearline.core.Machine;
import io.wearline.core.Profiles;
import io.wearline.model.MachineProfile;
import io.wearline.quality.Holdout;
import io.wearline.quality.HoldoutSource;
import io.wearline.sim.FreshRows;

/**
 * The holdout of a machine trained on its simulated seed data: as many rows as the seed data (up to
 * {@value FreshRows#MAX_ROWS}) simulated afresh from the machine's profile, rows the synthesizer never saw. A profile
 * that is invalid now, or cannot be simulated, gives no holdout and the report says why.
 */
public final class FreshHoldout implements HoldoutSource {

	@Override
	public Holdout of(Machine machine, int seedRows) {
		LoadedProfile loaded = Profiles.get().load(machine.profileFile());
		MachineProfile profile = loaded.profile();
		if (loaded.hasErrors() || profile == null) {
			return Holdout.none(machine.profileFile() + " is not a valid profile now, so no unseen rows could be"
					+ " simulated; fix it ('wearline validate') to measure privacy and test utility on unseen rows");
		}
		try {
			FreshRows fresh = FreshRows.simulate(profile, seedRows);
			return new Holdout(fresh.table(), fresh.describe(machine.profileFile().toString()));
		} catch (IllegalArgumentException e) {
			return Holdout.none(machine.profileFile() + " cannot be simulated: " + e.getMessage());
		}
	}
}
