package io.wearline.ui.machines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.wearline.core.LoadedProfile;
import io.wearline.core.Machine;
import io.wearline.core.ProfileFormat;
import io.wearline.core.ProfileProblem;
import io.wearline.core.ProfileProblem.Severity;
import io.wearline.model.MachineProfile;
import io.wearline.model.MachineType;
import io.wearline.model.WearlineFactory;

class MachineSummaryTest {
	private final Machine machine = new Machine("m1", Path.of("/ws/m1"));

	@Test
	void aProfileWithoutProblemsIsValidAndShowsItsHeadline() {
		MachineSummary summary = MachineSummary.of(machine, loaded(profileWithSensors(3)));
		assertEquals("Valid", summary.status());
		assertTrue(summary.isValid());
		assertEquals("Motor 1", summary.name());
		assertEquals("motor", summary.type());
		assertEquals(3, summary.sensors());
		assertEquals("", summary.firstProblem());
		assertEquals(Path.of("/ws/m1"), summary.folder());
	}

	@Test
	void errorsAreCountedInTheStatusAndMakeTheProfileInvalid() {
		MachineSummary summary = MachineSummary.of(machine, loaded(profileWithSensors(1),
				problem(Severity.ERROR, "4:5", "a"), problem(Severity.ERROR, "6:1", "b"), problem(Severity.ERROR, "9:2", "c")));
		assertEquals("3 errors", summary.status());
		assertFalse(summary.isValid());
	}

	@Test
	void warningsAloneLeaveTheProfileValid() {
		MachineSummary summary = MachineSummary.of(machine, loaded(profileWithSensors(1),
				problem(Severity.WARNING, "3:7", "Sensor 'speed' has no unit; add unit \"rpm\"."),
				problem(Severity.INFO, "1:1", "note")));
		assertEquals("1 warning", summary.status());
		assertTrue(summary.isValid());
		assertEquals("3:7: Sensor 'speed' has no unit; add unit \"rpm\".", summary.firstProblem());
	}

	@Test
	void theFirstErrorIsShownEvenWhenAWarningComesBeforeIt() {
		MachineSummary summary = MachineSummary.of(machine, loaded(profileWithSensors(1),
				problem(Severity.WARNING, "2:1", "a warning"), problem(Severity.ERROR, "8:3", "the error"),
				problem(Severity.WARNING, "9:1", "another warning")));
		assertEquals("1 error, 2 warnings", summary.status());
		assertEquals("8:3: the error", summary.firstProblem());
	}

	@Test
	void aFileThatCouldNotBeReadHasNoHeadlineButItsError() {
		LoadedProfile unreadable = new LoadedProfile(machine.profileFile(), ProfileFormat.MACHINE, null,
				List.of(problem(Severity.ERROR, "1:1", "cannot read")));
		MachineSummary summary = MachineSummary.of(machine, unreadable);
		assertEquals("", summary.name());
		assertEquals("", summary.type());
		assertEquals(0, summary.sensors());
		assertEquals("1 error", summary.status());
		assertEquals("1:1: cannot read", summary.firstProblem());
	}

	@Test
	void columnsShowTheSummary() {
		MachineSummary summary = new MachineSummary("m1", "Motor 1", "motor", 12, 0, 2, "", Path.of("/ws/m1"));
		assertEquals("m1", MachineColumn.MACHINE.text(summary));
		assertEquals("Motor 1", MachineColumn.NAME.text(summary));
		assertEquals("motor", MachineColumn.TYPE.text(summary));
		assertEquals("12", MachineColumn.SENSORS.text(summary));
		assertEquals("2 warnings", MachineColumn.STATUS.text(summary));
		assertEquals(Path.of("/ws/m1").toString(), MachineColumn.LOCATION.text(summary));
	}

	private LoadedProfile loaded(MachineProfile profile, ProfileProblem... problems) {
		return new LoadedProfile(machine.profileFile(), ProfileFormat.MACHINE, profile, List.of(problems));
	}

	private static MachineProfile profileWithSensors(int sensors) {
		MachineProfile profile = WearlineFactory.eINSTANCE.createMachineProfile();
		profile.setId("m1");
		profile.setName("Motor 1");
		profile.setType(MachineType.MOTOR);
		for (int i = 0; i < sensors; i++) {
			profile.getSensors().add(WearlineFactory.eINSTANCE.createSensor());
		}
		return profile;
	}

	private static ProfileProblem problem(Severity severity, String location, String message) {
		return new ProfileProblem("profile.machine", location, severity, message, "io.wearline.dsl.test");
	}
}
