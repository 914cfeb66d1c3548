package io.wearline.quality.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableBuilder;
import io.wearline.quality.ColumnKind;
import io.wearline.quality.NoteKind;
import io.wearline.quality.QualityReport;
import io.wearline.quality.QualityScoring;
import io.wearline.quality.ScoringOptions;
import io.wearline.quality.TableMetadata;
import io.wearline.quality.TableMetadataJson;

/**
 * SDV's metadata JSON read and applied (single-table and the multi-table wrapper of one table), written back so that
 * SDV and this reader read it, and bad files refused with the file, the column and what to write.
 */
class MetadataFileTest {
	@TempDir
	Path folder;

	private static Table flags() {
		TableBuilder builder = new TableBuilder(Schema.of(Column.of("temp", ColumnType.DOUBLE),
				Column.of("failure", ColumnType.INT), Column.of("type", ColumnType.STRING)));
		for (int row = 0; row < 40; row++) {
			builder.addRow(20 + row * 0.25, row % 7 == 0 ? 1 : 0, row % 3 == 0 ? "L" : "M");
		}
		return builder.build();
	}

	private Path file(String json) throws IOException {
		Path file = folder.resolve("metadata.json");
		Files.writeString(file, json);
		return file;
	}

	@Test
	void aSingleTableFileDecidesTheKindsItNamesAndLeavesTheOthersOut() throws IOException {
		Table table = flags();
		Path file = file("""
				{"primary_key": null, "columns": {"temp": {"sdtype": "numerical", "computer_representation": "Float"},
				 "failure": {"sdtype": "numerical"}}, "METADATA_SPEC_VERSION": "SINGLE_TABLE_V1"}""");
		TableMetadata metadata = TableMetadataJson.read(file, table.schema());
		assertEquals(ColumnKind.NUMERICAL, metadata.columns().get("failure"));
		assertTrue(metadata.origin().contains(file.toString()), metadata.origin());
		QualityReport report = QualityScoring.score(table, table, ScoringOptions.defaults().withMetadata(metadata));
		assertEquals("KSComplement", report.column("failure").orElseThrow().metric(), "the file says numerical");
		assertEquals(List.of("type"), report.notes(NoteKind.NOT_IN_METADATA).stream().map(n -> n.subject()).toList());
	}

	@Test
	void theMultiTableWrapperOfOneTableIsReadAsItsTable() throws IOException {
		Table table = flags();
		Path file = file("""
				{"tables": {"machines": {"columns": {"temp": {"sdtype": "numerical"},
				 "failure": {"sdtype": "categorical"}, "type": {"sdtype": "id"}}, "primary_key": "type"}},
				 "relationships": [], "METADATA_SPEC_VERSION": "V1"}""");
		TableMetadata metadata = TableMetadataJson.read(file, table.schema());
		assertEquals("type", metadata.primaryKey());
		QualityReport report = QualityScoring.score(table, table, ScoringOptions.defaults().withMetadata(metadata));
		assertEquals("TVComplement", report.column("failure").orElseThrow().metric());
		assertEquals("type", report.notes(NoteKind.ID_COLUMN).get(0).subject());
	}

	@Test
	void writtenMetadataIsSdvsSingleTableJsonAndReadsBack() throws IOException {
		Table table = flags();
		TableMetadata detected = TableMetadata.detect(table);
		Path written = folder.resolve("out/metadata.json");
		TableMetadataJson.write(detected, written);
		JsonNode json = new ObjectMapper().readTree(written.toFile());
		assertEquals("SINGLE_TABLE_V1", json.get("METADATA_SPEC_VERSION").asText());
		assertEquals("categorical", json.get("columns").get("failure").get("sdtype").asText());
		assertEquals("numerical", json.get("columns").get("temp").get("sdtype").asText());
		assertEquals(detected.columns(), TableMetadataJson.read(written, table.schema()).columns());
	}

	@Test
	void badFilesAreRefusedNamingTheFileTheColumnAndWhatToWrite() throws IOException {
		Schema schema = flags().schema();
		String unknown = message(file("{\"columns\": {\"temp\": {\"sdtype\": \"numeric\"}}}"), schema);
		assertTrue(unknown.contains(folder.resolve("metadata.json").toString()) && unknown.contains("column 'temp'")
				&& unknown.contains("\"numeric\"") && unknown.contains("numerical, categorical"), unknown);
		String missing = message(file("{\"columns\": {\"pressure\": {\"sdtype\": \"numerical\"}}}"), schema);
		assertTrue(missing.contains("column 'pressure' is not in the real table"), missing);
		String text = message(file("{\"columns\": {\"type\": {\"sdtype\": \"numerical\"}}}"), schema);
		assertTrue(text.contains("column 'type' is numerical in the metadata but holds STRING values"), text);
		String two = message(file("{\"tables\": {\"a\": {\"columns\": {}}, \"b\": {\"columns\": {}}}}"), schema);
		assertTrue(two.contains("describes 2 tables [a, b]"), two);
		String broken = message(file("{\"columns\": {\"temp\": {\"sdtype\": \"numerical\"}\n,,}"), schema);
		assertTrue(broken.contains("metadata.json:2:"), broken);
	}

	private static String message(Path file, Schema schema) {
		return assertThrows(IOException.class, () -> TableMetadataJson.read(file, schema)).getMessage();
	}
}
