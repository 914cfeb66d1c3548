package io.wearline.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.wearline.dsl.MachineText;
import io.wearline.model.AdjustmentKind;
import io.wearline.model.DatasetSpec;
import io.wearline.model.Degradation;
import io.wearline.model.EffectKind;
import io.wearline.model.FailureEffect;
import io.wearline.model.FailureMode;
import io.wearline.model.LawParameter;
import io.wearline.model.MachineProfile;
import io.wearline.model.MachineType;
import io.wearline.model.OperatingParameter;
import io.wearline.model.OperatingRegime;
import io.wearline.model.ParameterOverride;
import io.wearline.model.RemainingUsefulLife;
import io.wearline.model.Sensor;
import io.wearline.model.SensorAdjustment;
import io.wearline.model.SensorKind;
import io.wearline.model.SplitBy;
import io.wearline.model.TimeUnit;
import io.wearline.model.TrainingSpec;
import io.wearline.model.WearDirection;
import io.wearline.model.WearlineFactory;

/** Profiles built in memory, written as text and read back: nothing lost, nothing changed. */
class SerializerTest {
	private static final WearlineFactory MAKE = WearlineFactory.eINSTANCE;

	@Test
	void aFullProfileRoundTripsExactly() {
		MachineProfile profile = full();

		String text = MachineText.format(profile);

		assertRoundTrips(profile, text);
	}

	@Test
	void theXtextSerializerWritesAProfileThatIsInNoResource() {
		MachineProfile profile = full();

		String text = MachineText.injector().getInstance(ISerializer.class).serialize(profile,
				SaveOptions.newBuilder().format().getOptions());

		assertEquals(MachineText.format(profile), text);
	}

	@Test
	void aMinimalProfileIsWrittenWithTheDefaultsTheLanguageNeeds() {
		MachineProfile profile = MAKE.createMachineProfile();
		profile.setId("m1");
		Sensor sensor = MAKE.createSensor();
		sensor.setId("s1");
		profile.getSensors().add(sensor);
		OperatingRegime regime = MAKE.createOperatingRegime();
		regime.setName("only");
		profile.getRegimes().add(regime);
		profile.setDegradation(MAKE.createDegradation());
		profile.setDataset(MAKE.createDatasetSpec());
		profile.setTraining(MAKE.createTrainingSpec());

		String text = MachineText.format(profile);

		assertEquals("""
				machine m1 {
				  sensor s1 {
				    kind other
				    range 0 to 0
				  }

				  regime only weight 0

				  degradation {
				  }

				  dataset {
				  }

				  training {
				  }
				}
				""", text);
		assertRoundTrips(profile, text);
	}

	@Test
	void wearWithoutSensitivityAndSensitivityWithoutDirection() {
		MachineProfile profile = minimal();
		profile.getSensors().get(0).setWearDirection(WearDirection.RISES);
		Sensor second = MAKE.createSensor();
		second.setId("s2");
		second.setWearSensitivity(3);
		profile.getSensors().add(second);

		String text = MachineText.format(profile);

		assertTrue(text.contains("    wear rises\n"), text);
		assertTrue(text.contains("    wear none by 3\n"), text);
		assertRoundTrips(profile, text);
	}

	@Test
	void lawParametersWithoutALawNameTheDefaultLaw() {
		MachineProfile profile = minimal();
		Degradation degradation = MAKE.createDegradation();
		LawParameter rate = MAKE.createLawParameter();
		rate.setName("rate");
		rate.setValue(0.5);
		degradation.getParameters().add(rate);
		profile.setDegradation(degradation);

		String text = MachineText.format(profile);

		assertTrue(text.contains("    law linear(rate = 0.5)\n"), text);
		assertRoundTrips(profile, text);
	}

	@ParameterizedTest
	@ValueSource(doubles = { 1480, 0.001, 0.00001, 1e-5, 1.0E-12, 123456.789, 1e25, -20, 0.1 + 0.2,
			Double.MIN_VALUE, Double.MAX_VALUE, 1 / 3.0 })
	void numbersReadBackAsTheSameDouble(double value) {
		MachineProfile profile = minimal();
		profile.getSensors().get(0).setNominal(value);

		String text = MachineText.format(profile);

		assertEquals(Double.valueOf(value), Double.valueOf(Profiles.profile(text).getSensors().get(0).getNominal()),
				text);
	}

	@Test
	void numbersPrintAsEngineersWriteThem() {
		MachineProfile profile = minimal();
		Sensor sensor = profile.getSensors().get(0);
		sensor.setMin(-20);
		sensor.setMax(1480);
		sensor.setNominal(0.00001);
		sensor.setNoise(2.5);

		String text = MachineText.format(profile);

		assertTrue(text.contains("    range -20 to 1480\n"), text);
		assertTrue(text.contains("    nominal 0.00001\n"), text);
		assertTrue(text.contains("    noise 2.5\n"), text);
	}

	@Test
	void idsThatAreWordsOfTheLanguageAreEscapedWhereNeeded() {
		MachineProfile profile = minimal();
		profile.getSensors().get(0).setId("speed");
		Sensor reserved = MAKE.createSensor();
		reserved.setId("unit");
		profile.getSensors().add(reserved);

		String text = MachineText.format(profile);

		assertTrue(text.contains("  sensor speed {"), text);
		assertTrue(text.contains("  sensor ^unit {"), text);
		assertRoundTrips(profile, text);
	}

	@Test
	void stringsWithQuotesAndBackslashesRoundTrip() {
		MachineProfile profile = minimal();
		profile.setName("Pump \"P-7\" \\ line 2");
		profile.setDescription("two\nlines");

		assertRoundTrips(profile, MachineText.format(profile));
	}

	@Test
	void aProfileThatBreaksTheRulesIsStillWrittenSoThatItCanBeFixedInText() {
		MachineProfile profile = full();
		profile.getSensors().get(0).setId("Outlet_Pressure");
		profile.getSensors().get(0).setMin(20);
		profile.getLife().setMinLife(-5);
		profile.getDataset().setTrainRows(-1);
		profile.getTraining().getCompressDims().add(0);
		profile.getFailureModes().get(0).getEffects().get(0).setSensor("nowhere");

		String text = MachineText.format(profile);

		assertTrue(text.contains("  life -5 to 9000 hours\n"), text);
		assertTrue(text.contains("    train -1 rows\n"), text);
		assertRoundTrips(profile, text);
		assertFalse(MachineText.validate(Profiles.profile(text)).isEmpty());
	}

	@Test
	void theOriginalIsLeftUntouched() {
		MachineProfile profile = full();
		MachineProfile before = EcoreUtil.copy(profile);

		MachineText.format(profile);

		assertTrue(EcoreUtil.equals(before, profile));
		assertEquals(null, profile.eResource());
	}

	@Test
	void aNumberThatTextCannotHoldIsRefusedWithAMessage() {
		MachineProfile profile = minimal();
		profile.getSensors().get(0).setNoise(Double.NaN);

		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> MachineText.format(profile));

		assertTrue(error.getMessage().contains("NaN"), error.getMessage());
		assertTrue(error.getMessage().startsWith("Machine 'm1' cannot be written as text"), error.getMessage());
	}

	@Test
	void anIdThatIsNoIdentifierIsRefusedWithAMessage() {
		MachineProfile profile = minimal();
		profile.getSensors().get(0).setId("bearing temp");

		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> MachineText.format(profile));

		assertTrue(error.getMessage().contains("'bearing temp' cannot be written as an id"), error.getMessage());
	}

	private static void assertRoundTrips(MachineProfile profile, String text) {
		MachineProfile read = Profiles.profile(text);
		assertTrue(EcoreUtil.equals(profile, read), () -> "differs after reading back:\n" + text);
		assertEquals(text, MachineText.format(read), "written again, the text stays the same");
		assertFalse(text.contains("\t"), text);
	}

	private static MachineProfile minimal() {
		MachineProfile profile = MAKE.createMachineProfile();
		profile.setId("m1");
		Sensor sensor = MAKE.createSensor();
		sensor.setId("s1");
		sensor.setKind(SensorKind.PRESSURE);
		sensor.setUnit("bar");
		sensor.setMax(10);
		profile.getSensors().add(sensor);
		return profile;
	}

	/** Every feature of the model set, most to values other than their defaults. */
	static MachineProfile full() {
		MachineProfile profile = MAKE.createMachineProfile();
		profile.setId("p7");
		profile.setName("Pump 7");
		profile.setType(MachineType.PUMP);
		profile.setManufacturer("ACME");
		profile.setModel("CP-40");
		profile.setDescription("Cooling water pump");

		Sensor pressure = MAKE.createSensor();
		pressure.setId("outlet_pressure");
		pressure.setLabel("Outlet pressure");
		pressure.setKind(SensorKind.PRESSURE);
		pressure.setUnit("bar");
		pressure.setMin(-1);
		pressure.setMax(16);
		pressure.setClipped(true);
		pressure.setNominal(6.5);
		pressure.setNoise(0.05);
		pressure.setWearDirection(WearDirection.FALLS);
		pressure.setWearSensitivity(1.5);
		pressure.setSamplingInterval(0.5);
		profile.getSensors().add(pressure);

		Sensor current = MAKE.createSensor();
		current.setId("current");
		current.setKind(SensorKind.CURRENT);
		current.setUnit("A");
		current.setMax(50);
		current.setNominal(22);
		profile.getSensors().add(current);

		OperatingParameter speed = MAKE.createOperatingParameter();
		speed.setKey("speed");
		speed.setValue(2950);
		speed.setUnit("rpm");
		profile.getParameters().add(speed);
		OperatingParameter load = MAKE.createOperatingParameter();
		load.setKey("load");
		load.setValue(0.75);
		profile.getParameters().add(load);

		OperatingRegime night = MAKE.createOperatingRegime();
		night.setName("night");
		night.setWeight(0.25);
		SensorAdjustment offset = MAKE.createSensorAdjustment();
		offset.setSensor("outlet_pressure");
		offset.setAmount(-0.5);
		SensorAdjustment scale = MAKE.createSensorAdjustment();
		scale.setKind(AdjustmentKind.SCALE);
		scale.setSensor("current");
		scale.setAmount(0.8);
		ParameterOverride override = MAKE.createParameterOverride();
		override.setParameter("load");
		override.setValue(0.4);
		night.getAdjustments().add(offset);
		night.getAdjustments().add(scale);
		night.getOverrides().add(override);
		profile.getRegimes().add(night);
		OperatingRegime day = MAKE.createOperatingRegime();
		day.setName("day");
		day.setWeight(0.75);
		profile.getRegimes().add(day);

		Degradation degradation = MAKE.createDegradation();
		degradation.setLaw("power");
		LawParameter exponent = MAKE.createLawParameter();
		exponent.setName("exponent");
		exponent.setValue(1.8);
		degradation.getParameters().add(exponent);
		degradation.setInitialWearMin(0.01);
		degradation.setInitialWearMax(0.04);
		degradation.setRateVariability(0.2);
		degradation.setFailureThreshold(0.15);
		profile.setDegradation(degradation);

		RemainingUsefulLife life = MAKE.createRemainingUsefulLife();
		life.setMinLife(2000);
		life.setMaxLife(9000);
		life.setTimeUnit(TimeUnit.HOURS);
		profile.setLife(life);

		FailureMode cavitation = MAKE.createFailureMode();
		cavitation.setId("cavitation");
		cavitation.setLabel("Cavitation");
		cavitation.setProbability(0.25);
		cavitation.setOnset(0.7);
		FailureEffect drop = MAKE.createFailureEffect();
		drop.setKind(EffectKind.DRIFT);
		drop.setSensor("outlet_pressure");
		drop.setMagnitude(-2);
		FailureEffect stuck = MAKE.createFailureEffect();
		stuck.setKind(EffectKind.STUCK_AT);
		stuck.setSensor("current");
		cavitation.getEffects().add(drop);
		cavitation.getEffects().add(stuck);
		profile.getFailureModes().add(cavitation);
		FailureMode seal = MAKE.createFailureMode();
		seal.setId("seal_leak");
		seal.setProbability(0.1);
		profile.getFailureModes().add(seal);

		DatasetSpec dataset = MAKE.createDatasetSpec();
		dataset.setTrainRows(20000);
		dataset.setValRows(0);
		dataset.setTestRows(5000);
		dataset.setSplitBy(SplitBy.ROW);
		dataset.setSeed(-7L);
		profile.setDataset(dataset);

		TrainingSpec training = MAKE.createTrainingSpec();
		training.setEpochs(50);
		training.setBatchSize(256);
		training.setEmbeddingDim(64);
		training.getCompressDims().addAll(java.util.List.of(256, 128, 64));
		training.getDecompressDims().add(64);
		training.setLearningRate(0.0005);
		training.setL2(0);
		training.setSeed(123456789012L);
		profile.setTraining(training);
		return profile;
	}
}
