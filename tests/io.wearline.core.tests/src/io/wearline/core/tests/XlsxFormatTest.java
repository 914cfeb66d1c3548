package io.wearline.core.tests;

import static io.wearline.core.tests.Problems.assertError;
import static io.wearline.core.tests.Problems.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wearline.core.FormatCodes;
import io.wearline.core.LoadedProfile;
import io.wearline.core.ProfileFormat;
import io.wearline.core.ProfileProblem;
import io.wearline.core.Profiles;
import io.wearline.dsl.validation.IssueCodes;
import io.wearline.model.MachineProfile;
import io.wearline.test.support.SampleProfiles;

/** XLSX: the workbook layout, and problems named by sheet and cell. */
class XlsxFormatTest {
	@TempDir
	Path folder;
	private Path valid;

	@BeforeEach
	void writeTheSampleAsAWorkbook() throws IOException {
		LoadedProfile dsl = Profiles.get().load(SampleProfiles.write(folder.resolve("m1.machine"), SampleProfiles.MOTOR));
		valid = folder.resolve("m1.xlsx");
		Profiles.get().write(dsl.profile(), ProfileFormat.XLSX, valid);
	}

	/** The sample workbook changed by {@code edit}, loaded. */
	private LoadedProfile loadEdited(Consumer<XSSFWorkbook> edit) throws IOException {
		Path edited = folder.resolve("edited.xlsx");
		try (InputStream in = Files.newInputStream(valid); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			edit.accept(workbook);
			try (OutputStream out = Files.newOutputStream(edited)) {
				workbook.write(out);
			}
		}
		return Profiles.get().load(edited);
	}

	@Test
	void theSheetsFollowTheLayout() throws IOException {
		try (InputStream in = Files.newInputStream(valid); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			List<String> sheets = new java.util.ArrayList<>();
			workbook.forEach(s -> sheets.add(s.getSheetName()));
			assertEquals(List.of("Machine", "Sensors", "Parameters", "Regimes", "FailureModes", "Dataset", "Training"),
					sheets);
			Sheet machine = workbook.getSheet("Machine");
			assertEquals("id", machine.getRow(1).getCell(0).getStringCellValue());
			assertEquals("m1", machine.getRow(1).getCell(1).getStringCellValue());
			assertTrue(text(machine).contains("degradation.parameters.rate=3.0"), text(machine));
			Sheet regimes = workbook.getSheet("Regimes");
			assertEquals("name|weight|kind|sensor|amount|parameter|value", header(regimes));
			// low_load: two adjustments and one override on two rows; full_load on one
			assertEquals(4, regimes.getPhysicalNumberOfRows());
			assertEquals("low_load", regimes.getRow(1).getCell(0).getStringCellValue());
			assertNull(regimes.getRow(2).getCell(0));
			assertEquals("scale", regimes.getRow(2).getCell(2).getStringCellValue());
			assertEquals("load", regimes.getRow(1).getCell(5).getStringCellValue());
			Sheet training = workbook.getSheet("Training");
			assertTrue(text(training).contains("compressDims=128.0|128.0"), text(training));
		}
		assertEquals(List.of(), Profiles.get().load(valid).problems());
	}

	@Test
	void aValueOfTheWrongTypeNamesSheetAndCell() throws IOException {
		LoadedProfile loaded = loadEdited(w -> w.getSheet("Sensors").getRow(1).getCell(4).setCellValue("abc"));
		assertError(single(loaded, FormatCodes.WRONG_TYPE), "Sensors!E2",
				"expected a number for 'min' in sensor 'speed', found \"abc\"");
	}

	@Test
	void anUnknownColumnSuggestsTheNearest() throws IOException {
		LoadedProfile loaded = loadEdited(w -> w.getSheet("Sensors").getRow(0).getCell(6).setCellValue("nominl"));
		assertError(single(loaded, FormatCodes.UNKNOWN_FIELD), "Sensors!G1",
				"unknown column 'nominl' in the Sensors sheet; did you mean 'nominal'?");
	}

	@Test
	void anUnknownKeySuggestsTheNearest() throws IOException {
		LoadedProfile loaded = loadEdited(w -> w.getSheet("Machine").getRow(1).getCell(0).setCellValue("idd"));
		assertError(single(loaded, FormatCodes.UNKNOWN_FIELD), "Machine!A2",
				"unknown field 'idd' in the Machine sheet; did you mean 'id'?");
	}

	@Test
	void aValidationIssueNamesTheCellOfTheField() throws IOException {
		LoadedProfile loaded = loadEdited(w -> w.getSheet("Sensors").getRow(1).getCell(6).setCellValue(5000));
		assertEquals("Sensors!G2", single(loaded, IssueCodes.NOMINAL_OUT_OF_RANGE).location());
	}

	@Test
	void numbersWrittenAsTextAreNumbers() throws IOException {
		LoadedProfile loaded = loadEdited(w -> w.getSheet("Sensors").getRow(1).getCell(6).setCellValue(" 1490 "));
		assertEquals(List.of(), loaded.problems());
		assertEquals(1490, loaded.profile().getSensors().get(0).getNominal());
	}

	@Test
	void rowsOfOneRegimeMustAgreeOnItsWeight() throws IOException {
		LoadedProfile loaded = loadEdited(w -> {
			Row second = w.getSheet("Regimes").getRow(2);
			second.createCell(0).setCellValue("low_load");
			second.createCell(1).setCellValue(0.5);
		});
		assertError(single(loaded, FormatCodes.CONFLICTING_ROWS), "Regimes!B3",
				"regime 'low_load' has weight 0.4 on an earlier row and 0.5 here; give weight once, on the first row,"
						+ " and leave it blank (or the same) on the following rows");
	}

	@Test
	void aRepeatedNameContinuesTheRegime() throws IOException {
		LoadedProfile loaded = loadEdited(w -> {
			Row second = w.getSheet("Regimes").getRow(2);
			second.createCell(0).setCellValue("low_load");
			second.createCell(1).setCellValue(0.4);
		});
		assertEquals(List.of(), loaded.problems());
		MachineProfile profile = loaded.profile();
		assertEquals(2, profile.getRegimes().size());
		assertEquals(2, profile.getRegimes().get(0).getAdjustments().size());
	}

	@Test
	void aWorkbookWithoutTheMachineSheetIsRefused() throws IOException {
		LoadedProfile loaded = loadEdited(w -> w.removeSheetAt(w.getSheetIndex("Machine")));
		ProfileProblem problem = single(loaded, FormatCodes.MISSING_SHEET);
		assertEquals("1:1", problem.location());
		assertNull(loaded.profile());
	}

	@Test
	void anUnknownSheetIsAWarningWithASuggestion() throws IOException {
		LoadedProfile loaded = loadEdited(w -> w.createSheet("Sensor"));
		ProfileProblem problem = single(loaded, FormatCodes.UNKNOWN_SHEET);
		assertEquals(ProfileProblem.Severity.WARNING, problem.severity());
		assertEquals("Sensor!A1", problem.location());
		assertEquals("sheet 'Sensor' is not part of a profile and is ignored; did you mean 'Sensors'?", problem.message());
		assertEquals(List.of(), Problems.errors(loaded));
	}

	@Test
	void aFileThatIsNotAWorkbookIsASyntaxError() throws IOException {
		LoadedProfile loaded = Profiles.get().load(SampleProfiles.write(folder.resolve("fake.xlsx"), "id: m1\n"));
		assertEquals(FormatCodes.SYNTAX, single(loaded, FormatCodes.SYNTAX).code());
		assertNull(loaded.profile());
	}

	private static String header(Sheet sheet) {
		StringBuilder text = new StringBuilder();
		sheet.getRow(0).forEach(c -> text.append(text.isEmpty() ? "" : "|").append(c.getStringCellValue()));
		return text.toString();
	}

	/** key=value|value rows of a key/value sheet. */
	private static String text(Sheet sheet) {
		StringBuilder text = new StringBuilder();
		for (Row row : sheet) {
			text.append(row.getCell(0).getStringCellValue()).append('=');
			for (int c = 1; c < row.getLastCellNum(); c++) {
				text.append(c > 1 ? "|" : "").append(row.getCell(c).toString());
			}
			text.append('\n');
		}
		return text.toString();
	}
}
