package io.wearline.sim.internal.bench;

import io.wearline.model.AdjustmentKind;
import io.wearline.model.Degradation;
import io.wearline.model.EffectKind;
import io.wearline.model.FailureEffect;
import io.wearline.model.FailureMode;
import io.wearline.model.LawParameter;
import io.wearline.model.MachineProfile;
import io.wearline.model.OperatingRegime;
import io.wearline.model.ProfileDefaults;
import io.wearline.model.RemainingUsefulLife;
import io.wearline.model.Sensor;
import io.wearline.model.SensorAdjustment;
import io.wearline.model.WearDirection;
import io.wearline.model.WearlineFactory;
import io.wearline.sim.SeedData;
import io.wearline.sim.Simulation;
import io.wearline.sim.SimulationOptions;

/**
 * The seed simulation's speed on one core, for {@code wearline bench seed}: a profile of a given number of
 * sensors (all noisy, half of them wearing, two regimes, one drifting failure mode), simulated a few times; the
 * best run counts, so that warm-up and other load on the machine count as little as possible.
 */
public final class SeedBenchmark {
	/**
	 * The result of a benchmark.
	 *
	 * @param sensors the sensors of the profile
	 * @param rows the rows of one run
	 * @param bestSeconds the fastest run's duration
	 * @param rowsPerSecond rows divided by the fastest run's duration
	 */
	public record Result(int sensors, int rows, double bestSeconds, double rowsPerSecond) {
	}

	private SeedBenchmark() {
	}

	/**
	 * Simulates {@code rows} rows of a {@code sensors}-sensor profile {@code repeats} times on the calling thread.
	 */
	public static Result measure(int sensors, long rows, int repeats) {
		MachineProfile profile = profile(sensors);
		SimulationOptions options = SimulationOptions.ofRows(rows, ProfileDefaults.SEED);
		double best = Double.MAX_VALUE;
		int produced = 0;
		for (int i = 0; i < Math.max(1, repeats); i++) {
			long start = System.nanoTime();
			SeedData data = Simulation.run(profile, options, null);
			best = Math.min(best, (System.nanoTime() - start) / 1e9);
			produced = data.rows();
		}
		return new Result(sensors, produced, best, produced / best);
	}

	/** The benchmark's profile: a generic machine with the given number of sensors. */
	public static MachineProfile profile(int sensors) {
		WearlineFactory factory = WearlineFactory.eINSTANCE;
		MachineProfile profile = factory.createMachineProfile();
		profile.setId("bench_" + sensors);
		for (int s = 0; s < sensors; s++) {
			Sensor sensor = factory.createSensor();
			sensor.setId("s" + (s + 1));
			sensor.setMin(0);
			sensor.setMax(200);
			sensor.setNominal(100);
			sensor.setNoise(1 + s % 3);
			sensor.setClipped(s % 4 == 0);
			sensor.setWearDirection(s % 2 == 0 ? WearDirection.RISES : WearDirection.NONE);
			sensor.setWearSensitivity(s % 2 == 0 ? 20 : 0);
			profile.getSensors().add(sensor);
		}
		for (String name : new String[] { "low", "high" }) {
			OperatingRegime regime = factory.createOperatingRegime();
			regime.setName(name);
			regime.setWeight(0.5);
			SensorAdjustment adjustment = factory.createSensorAdjustment();
			adjustment.setKind(AdjustmentKind.OFFSET);
			adjustment.setSensor("s1");
			adjustment.setAmount(name.equals("low") ? -5 : 5);
			regime.getAdjustments().add(adjustment);
			profile.getRegimes().add(regime);
		}
		Degradation degradation = factory.createDegradation();
		degradation.setLaw("exponential");
		LawParameter rate = factory.createLawParameter();
		rate.setName("rate");
		rate.setValue(3);
		degradation.getParameters().add(rate);
		profile.setDegradation(degradation);
		RemainingUsefulLife life = factory.createRemainingUsefulLife();
		life.setMinLife(150);
		life.setMaxLife(400);
		profile.setLife(life);
		FailureMode mode = factory.createFailureMode();
		mode.setId("bearing");
		mode.setProbability(0.5);
		mode.setOnset(0.6);
		FailureEffect drift = factory.createFailureEffect();
		drift.setKind(EffectKind.DRIFT);
		drift.setSensor("s2");
		drift.setMagnitude(10);
		mode.getEffects().add(drift);
		profile.getFailureModes().add(mode);
		return profile;
	}
}
