package io.wearline.ui.machines;

import java.util.function.Function;

/** The columns of the Machines table, in their order, with the text each shows of a machine. */
public enum MachineColumn {
	MACHINE("Machine", 130, false, MachineSummary::id),
	STATUS("Status", 110, false, MachineSummary::status),
	NAME("Name", 180, false, MachineSummary::name),
	TYPE("Type", 80, false, MachineSummary::type),
	SENSORS("Sensors", 65, true, s -> Integer.toString(s.sensors())),
	LOCATION("Location", 280, false, s -> s.folder().toString());

	private final String header;
	private final int width;
	private final boolean numeric;
	private final Function<MachineSummary, String> text;

	MachineColumn(String header, int width, boolean numeric, Function<MachineSummary, String> text) {
		this.header = header;
		this.width = width;
		this.numeric = numeric;
		this.text = text;
	}

	/** The column's title. */
	public String header() {
		return header;
	}

	/** The column's initial width in pixels. */
	public int width() {
		return width;
	}

	/** Whether the column holds numbers, which read best right-aligned. */
	public boolean isNumeric() {
		return numeric;
	}

	/** What the column shows of a machine. */
	public String text(MachineSummary machine) {
		return text.apply(machine);
	}
}
