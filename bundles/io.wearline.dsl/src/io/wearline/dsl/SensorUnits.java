package io.wearline.dsl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.wearline.model.SensorKind;

/**
 * Which units fit which kind of sensor, and the usual unit of each kind. The validator checks units against this
 * table, quick fixes offer its units, and content assist proposes them, so all three agree.
 * <p>
 * Each kind has preferred spellings (the first is its default unit) and a few plain-ASCII aliases that data
 * historians write, e.g. {@code degC} for {@code °C}, {@code um} for {@code µm}, {@code m3/h} for
 * {@code m³/h}. Matching is exact and case-sensitive, because case carries meaning in units ({@code mA} is not
 * {@code MA}). Temperature accepts {@code degC} and {@code degF} but not a bare {@code C} or {@code F}, which are
 * the coulomb and the farad. A sensor of kind {@code other} takes any unit, or none.
 */
public final class SensorUnits {
	private static final Map<SensorKind, List<String>> PREFERRED = new EnumMap<>(SensorKind.class);
	private static final Map<SensorKind, Set<String>> ACCEPTED = new EnumMap<>(SensorKind.class);
	private static final Map<String, Set<SensorKind>> KINDS_BY_UNIT = new HashMap<>();

	static {
		define(SensorKind.TEMPERATURE, List.of("°C", "K", "°F"), "degC", "degF", "℃", "℉");
		define(SensorKind.VIBRATION, List.of("mm/s", "in/s", "g", "m/s²", "µm", "mils"), "m/s^2", "m/s2", "um",
				"μm");
		define(SensorKind.PRESSURE, List.of("bar", "Pa", "kPa", "MPa", "mbar", "psi"), "psia", "psig", "barg", "bara");
		define(SensorKind.CURRENT, List.of("A", "mA", "kA"));
		define(SensorKind.VOLTAGE, List.of("V", "mV", "kV"));
		define(SensorKind.SPEED, List.of("rpm", "rad/s", "Hz", "m/s"));
		define(SensorKind.FLOW, List.of("m³/h", "l/min", "L/min", "gpm", "kg/s", "m³/s", "kg/h", "lbm/s"), "m3/h", "m3/s",
				"lb/s", "t/h");
		define(SensorKind.TORQUE, List.of("N·m", "Nm", "kN·m", "lbf·ft"), "N.m", "kN.m", "kNm", "lbf.ft");
		define(SensorKind.POWER, List.of("kW", "W", "MW", "hp"));
		define(SensorKind.ACOUSTIC, List.of("dB", "dBA", "Pa"), "dB(A)");
		define(SensorKind.HUMIDITY, List.of("%RH", "%"));
		define(SensorKind.POSITION, List.of("mm", "µm", "m", "deg", "°"), "um", "μm");
		PREFERRED.put(SensorKind.OTHER, List.of());
		ACCEPTED.put(SensorKind.OTHER, Set.of());
	}

	private SensorUnits() {
	}

	private static void define(SensorKind kind, List<String> preferred, String... aliases) {
		PREFERRED.put(kind, List.copyOf(preferred));
		Set<String> accepted = new LinkedHashSet<>(preferred);
		Collections.addAll(accepted, aliases);
		ACCEPTED.put(kind, Collections.unmodifiableSet(accepted));
		for (String unit : accepted) {
			KINDS_BY_UNIT.computeIfAbsent(unit, u -> new LinkedHashSet<>()).add(kind);
		}
	}

	/** The usual unit of a kind ({@code °C} for temperature); empty for {@code other}, which has none. */
	public static Optional<String> defaultUnit(SensorKind kind) {
		List<String> units = units(kind);
		return units.isEmpty() ? Optional.empty() : Optional.of(units.get(0));
	}

	/**
	 * The preferred spellings of the units that fit a kind, the default first; empty for {@code other}, which
	 * takes any unit. Aliases such as {@code degC} are accepted by {@link #fits} but not listed here.
	 */
	public static List<String> units(SensorKind kind) {
		return PREFERRED.getOrDefault(kind == null ? SensorKind.OTHER : kind, List.of());
	}

	/** Every spelling a kind accepts, preferred spellings first, then aliases. */
	public static Set<String> acceptedUnits(SensorKind kind) {
		return ACCEPTED.getOrDefault(kind == null ? SensorKind.OTHER : kind, Set.of());
	}

	/** Whether a unit fits a kind. Any unit fits {@code other}; no unit is missing, not a misfit. */
	public static boolean fits(SensorKind kind, String unit) {
		if (kind == null || kind == SensorKind.OTHER || unit == null) {
			return true;
		}
		return acceptedUnits(kind).contains(unit);
	}

	/** The kinds whose units include this one ({@code Pa}: pressure and acoustic); empty for unknown units. */
	public static List<SensorKind> kindsOf(String unit) {
		Set<SensorKind> kinds = unit == null ? null : KINDS_BY_UNIT.get(unit);
		return kinds == null ? List.of() : new ArrayList<>(kinds);
	}
}
