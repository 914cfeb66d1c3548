package io.wearline.sim.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wearline.model.Degradation;
import io.wearline.model.FailureEffect;
import io.wearline.model.FailureMode;
import io.wearline.model.LawParameter;
import io.wearline.model.MachineProfile;
import io.wearline.model.OperatingRegime;
import io.wearline.model.RemainingUsefulLife;
import io.wearline.model.Sensor;
import io.wearline.model.SensorAdjustment;
import io.wearline.model.WearDirection;
import io.wearline.sim.DamageCurve;
import io.wearline.sim.DegradationLaw;
import io.wearline.sim.SeedData;

/**
 * A profile turned into flat arrays, read once so that the simulation's inner loops touch no EMF object. Regime
 * adjustments are stored per regime and sensor ({@code regime * sensors + sensor}), failure effects per mode and
 * sensor the same way.
 */
public final class MachinePhysics {
	/** The regime of a profile that declares none. */
	static final String DEFAULT_REGIME = "default";

	final String machineId;
	final List<String> sensorIds = new ArrayList<>();
	final List<String> regimeNames = new ArrayList<>();
	final List<String> failureModeNames = new ArrayList<>();
	final double[] nominal;
	final double[] noise;
	final double[] wearSlope;
	final double[] min;
	final double[] max;
	final boolean[] clipped;
	final double[] scale;
	final double[] offset;
	final RegimeChain regimes;
	final DamageCurve curve;
	final double failureThreshold;
	final FailureEffects effects;
	private final double initialWearMin;
	private final double initialWearMax;
	private final double rateVariability;
	private final int minLife;
	private final int maxLife;
	private final double[] cumulativeModeProbability;
	final double[] onsetHealth;

	/**
	 * Reads a profile.
	 *
	 * @param law the law the profile's degradation names, already looked up
	 * @throws IllegalArgumentException when the profile cannot be simulated (no life range, a reference to an
	 *         unknown sensor, a sensor named like a column of the simulation); the validator reports all of these
	 */
	public MachinePhysics(MachineProfile profile, DegradationLaw law) {
		machineId = profile.getId();
		int sensors = profile.getSensors().size();
		nominal = new double[sensors];
		noise = new double[sensors];
		wearSlope = new double[sensors];
		min = new double[sensors];
		max = new double[sensors];
		clipped = new boolean[sensors];
		Map<String, Integer> sensorIndex = new HashMap<>();
		for (int s = 0; s < sensors; s++) {
			Sensor sensor = profile.getSensors().get(s);
			if (SeedData.RESERVED.contains(sensor.getId())) {
				throw new IllegalArgumentException(where() + "sensor '" + sensor.getId() + "' has the name of a "
						+ "column of the seed data " + SeedData.RESERVED + "; rename the sensor.");
			}
			sensorIds.add(sensor.getId());
			sensorIndex.put(sensor.getId(), s);
			nominal[s] = sensor.getNominal();
			noise[s] = Math.max(0, sensor.getNoise());
			int direction = sensor.getWearDirection() == WearDirection.RISES ? 1
					: sensor.getWearDirection() == WearDirection.FALLS ? -1 : 0;
			wearSlope[s] = direction * sensor.getWearSensitivity();
			min[s] = sensor.getMin();
			max[s] = sensor.getMax();
			clipped[s] = sensor.isClipped();
		}
		List<OperatingRegime> declared = profile.getRegimes();
		int regimeCount = Math.max(1, declared.size());
		scale = new double[regimeCount * sensors];
		offset = new double[regimeCount * sensors];
		Arrays.fill(scale, 1.0);
		double[] weights = new double[regimeCount];
		if (declared.isEmpty()) {
			regimeNames.add(DEFAULT_REGIME);
			weights[0] = 1;
		}
		for (int g = 0; g < declared.size(); g++) {
			OperatingRegime regime = declared.get(g);
			regimeNames.add(regime.getName());
			weights[g] = Double.isFinite(regime.getWeight()) ? Math.max(0, regime.getWeight()) : 0;
			for (SensorAdjustment adjustment : regime.getAdjustments()) {
				int s = index(sensorIndex, adjustment.getSensor(), "regime '" + regime.getName() + "'");
				switch (adjustment.getKind()) {
				case SCALE -> scale[g * sensors + s] *= adjustment.getAmount();
				case OFFSET -> offset[g * sensors + s] += adjustment.getAmount();
				}
			}
		}
		regimes = new RegimeChain(cumulative(weights));

		Degradation degradation = profile.getDegradation();
		Map<String, Double> parameters = new HashMap<>();
		if (degradation != null) {
			for (LawParameter parameter : degradation.getParameters()) {
				parameters.put(parameter.getName(), parameter.getValue());
			}
		}
		curve = law.curve(parameters);
		failureThreshold = degradation == null ? 0.2 : degradation.getFailureThreshold();
		double wearMin = degradation == null ? 0 : degradation.getInitialWearMin();
		double wearMax = degradation == null ? 0.05 : degradation.getInitialWearMax();
		// the health must start above the threshold, whatever the profile says
		double headroom = 1 - failureThreshold;
		initialWearMin = Math.max(0, Math.min(wearMin, headroom));
		initialWearMax = Math.max(initialWearMin, Math.min(wearMax, headroom));
		rateVariability = degradation == null ? 0.1 : degradation.getRateVariability();
		if (!(failureThreshold >= 0 && failureThreshold < 1)) {
			throw new IllegalArgumentException(where() + "the failure threshold " + failureThreshold
					+ " is outside [0, 1); set it to a health index such as 0.2.");
		}

		RemainingUsefulLife life = profile.getLife();
		if (life == null || life.getMinLife() < 1 || life.getMaxLife() < life.getMinLife()) {
			throw new IllegalArgumentException(where() + "the profile needs a life range of at least one cycle, "
					+ "such as 'life 150 to 400 cycles'.");
		}
		minLife = life.getMinLife();
		maxLife = life.getMaxLife();

		List<FailureMode> modes = profile.getFailureModes();
		failureModeNames.add(SeedData.NO_FAILURE_MODE);
		cumulativeModeProbability = new double[modes.size()];
		onsetHealth = new double[modes.size()];
		effects = new FailureEffects(modes.size(), sensors);
		double sum = 0;
		for (int m = 0; m < modes.size(); m++) {
			FailureMode mode = modes.get(m);
			failureModeNames.add(mode.getId());
			sum += Double.isFinite(mode.getProbability()) ? Math.max(0, mode.getProbability()) : 0;
			cumulativeModeProbability[m] = sum;
			onsetHealth[m] = mode.getOnset();
			for (FailureEffect effect : mode.getEffects()) {
				int s = index(sensorIndex, effect.getSensor(), "failure mode '" + mode.getId() + "'");
				effects.add(m, s, effect.getKind(), effect.getMagnitude());
			}
		}
	}

	private String where() {
		return "Machine '" + machineId + "': ";
	}

	private int index(Map<String, Integer> sensorIndex, String sensor, String owner) {
		Integer s = sensorIndex.get(sensor);
		if (s == null) {
			throw new IllegalArgumentException(where() + owner + " refers to the unknown sensor '" + sensor
					+ "'; use one of " + sensorIds + ".");
		}
		return s;
	}

	private static double[] cumulative(double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double[] cumulative = new double[weights.length];
		double running = 0;
		for (int i = 0; i < weights.length; i++) {
			running += total > 0 ? weights[i] / total : 1.0 / weights.length;
			cumulative[i] = running;
		}
		cumulative[weights.length - 1] = 1;
		return cumulative;
	}

	/** The failure mode a uniform draw in [0, 1) picks: the first whose cumulative probability exceeds it, or -1. */
	int drawFailureMode(double u) {
		for (int m = 0; m < cumulativeModeProbability.length; m++) {
			if (u < cumulativeModeProbability[m]) {
				return m;
			}
		}
		return -1;
	}

	/** The machine's id, for messages. */
	public String machineId() {
		return machineId;
	}

	/** Number of sensors. */
	public int sensors() {
		return nominal.length;
	}

	/** The sensor ids, in the profile's order. */
	public List<String> sensorIds() {
		return sensorIds;
	}

	/** The regime names, in the profile's order ({@code default} for a profile without regimes). */
	public List<String> regimeNames() {
		return regimeNames;
	}

	/** {@code none}, then the failure mode ids in the profile's order. */
	public List<String> failureModeNames() {
		return failureModeNames;
	}

	double initialWearMin() {
		return initialWearMin;
	}

	double initialWearMax() {
		return initialWearMax;
	}

	double rateVariability() {
		return rateVariability;
	}

	int minLife() {
		return minLife;
	}

	/** The longest life a unit may have, in cycles. */
	public int maxLife() {
		return maxLife;
	}

	/** The life of a unit that wears at the median rate: the geometric mean of the shortest and longest life. */
	double medianLife() {
		return Math.sqrt((double) minLife * maxLife);
	}
}
