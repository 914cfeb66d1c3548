package io.wearline.sim.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

import io.wearline.sim.SeedData;

/**
 * Simulates one unit at a time into its slice of the seed data's columns. Its buffers are sized for the longest
 * life once, so a run allocates nothing per row; use one simulator per thread.
 * <p>
 * A reading is the sensor's nominal value under the cycle's regime (scaled, then offset), plus its wear response
 * (direction × sensitivity × wear, the wear being 0 for a new unit and 1 at failure), plus Gaussian noise; from the
 * failure mode's onset on, the mode's effects on the sensor apply; the reading is clipped to the sensor's range
 * only where the sensor is {@code clipped}.
 */
public final class UnitSimulator {
	private final MachinePhysics physics;
	private final double[] health;
	private final double[] wear;
	private final int[] regimes;

	/** A simulator with buffers for the profile's longest life. */
	public UnitSimulator(MachinePhysics physics) {
		this.physics = physics;
		health = new double[physics.maxLife()];
		wear = new double[physics.maxLife()];
		regimes = new int[physics.maxLife()];
	}

	/** Fills rows {@code first} to {@code first + plan.life() - 1} of the columns with one unit's life. */
	public void simulate(UnitPlan plan, SeedData out, int first) {
		SplittableRandom random = new SplittableRandom(plan.cycleSeed());
		int life = plan.life();
		shapeHealth(plan, life);
		physics.regimes.fill(random, regimes, life);
		int mode = plan.failureMode();
		int onset = onsetCycle(mode, life);
		writeBookkeeping(plan, out, first, life, mode);
		for (int s = 0; s < physics.sensors(); s++) {
			writeSensor(random, s, physics.effects.index(mode, s), onset, life, out.sensor(s), first);
		}
	}

	/** Health from 1 minus the initial wear down to the threshold, reached exactly at the last cycle. */
	private void shapeHealth(UnitPlan plan, int life) {
		double threshold = physics.failureThreshold;
		double start = 1 - plan.initialWear();
		double margin = start - threshold;
		double damage = 0;
		for (int c = 0; c < life; c++) {
			double t = life == 1 ? 1 : c / (double) (life - 1);
			double d = c == life - 1 ? 1 : physics.curve.at(t);
			// a contributed curve may be sloppy: keep the damage in [0, 1] and never let it heal
			damage = Math.max(damage, d >= 0 ? Math.min(d, 1) : 0);
			health[c] = start - margin * damage;
			wear[c] = (1 - health[c]) / (1 - threshold);
		}
	}

	/** The first cycle at or below the mode's onset health; {@code life} when there is no mode or no onset. */
	private int onsetCycle(int mode, int life) {
		if (mode < 0) {
			return life;
		}
		double onsetHealth = physics.onsetHealth[mode];
		for (int c = 0; c < life; c++) {
			if (health[c] <= onsetHealth) {
				return c;
			}
		}
		return life;
	}

	private void writeBookkeeping(UnitPlan plan, SeedData out, int first, int life, int mode) {
		int end = first + life;
		Arrays.fill(out.unit(), first, end, plan.unit());
		Arrays.fill(out.failureMode(), first, end, mode + 1);
		Arrays.fill(out.failed(), first, end, false);
		out.failed()[end - 1] = true;
		System.arraycopy(regimes, 0, out.regime(), first, life);
		System.arraycopy(health, 0, out.health(), first, life);
		int[] cycle = out.cycle();
		int[] rul = out.rul();
		for (int c = 0; c < life; c++) {
			cycle[first + c] = c + 1;
			rul[first + c] = life - 1 - c;
		}
	}

	private void writeSensor(SplittableRandom random, int s, int effect, int onset, int life, double[] column,
			int first) {
		boolean affected = effect >= 0 && physics.effects.any[effect];
		int healthyEnd = affected ? onset : life;
		int sensors = physics.sensors();
		double nominal = physics.nominal[s];
		double noise = physics.noise[s];
		double slope = physics.wearSlope[s];
		double[] scale = physics.scale;
		double[] offset = physics.offset;
		boolean clipped = physics.clipped[s];
		double lo = physics.min[s];
		double hi = physics.max[s];
		for (int c = 0; c < healthyEnd; c++) {
			int g = regimes[c] * sensors + s;
			double v = nominal * scale[g] + offset[g] + slope * wear[c];
			if (noise > 0) {
				v += noise * random.nextGaussian();
			}
			column[first + c] = clipped ? Math.max(lo, Math.min(hi, v)) : v;
		}
		if (healthyEnd < life) {
			writeFailing(random, s, effect, onset, life, column, first);
		}
	}

	/** The cycles from the onset on, under the unit's failure mode; the slow path, for affected sensors only. */
	private void writeFailing(SplittableRandom random, int s, int effect, int onset, int life, double[] column,
			int first) {
		FailureEffects effects = physics.effects;
		int sensors = physics.sensors();
		double sd = physics.noise[s] * effects.noiseGain[effect];
		double drift = effects.drift[effect];
		double spike = effects.spike[effect];
		double dropout = effects.dropout[effect];
		boolean stuck = effects.stuck[effect];
		int rampCycles = life - 1 - onset;
		double frozen = 0;
		for (int c = onset; c < life; c++) {
			int g = regimes[c] * sensors + s;
			double v = physics.nominal[s] * physics.scale[g] + physics.offset[g] + physics.wearSlope[s] * wear[c];
			v += drift * (rampCycles == 0 ? 1 : (c - onset) / (double) rampCycles);
			if (spike != 0 && random.nextDouble() < FailureEffects.SPIKE_CHANCE) {
				v += spike;
			}
			if (sd > 0) {
				v += sd * random.nextGaussian();
			}
			if (physics.clipped[s]) {
				v = Math.max(physics.min[s], Math.min(physics.max[s], v));
			}
			if (stuck) {
				if (c == onset) {
					frozen = v;
				}
				v = frozen;
			}
			if (dropout > 0 && random.nextDouble() < dropout) {
				v = Double.NaN;
			}
			column[first + c] = v;
		}
	}
}
