package io.wearline.data.internal.xlsx;

import io.wearline.data.LoadedTable;
import io.wearline.data.ReadOptions;
import io.wearline.data.TableReadException;
import io.wearline.data.TableReader;
import io.wearline.data.internal.FileChecks;
import io.wearline.lib.data.Hadoop;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads one sheet of an XLSX workbook (the first, or the one named) whose first non-empty row names the columns.
 * Empty rows are skipped. Cells become text (whole numbers without a fraction, booleans as true/false, dates in
 * ISO form, formulas by their cached result) and then go through the CSV reader's inference and conversion.
 * <p>
 * The sheet is streamed with POI's event API (XSSFReader and XSSFSheetXMLHandler), so memory holds the cells of
 * the table being built, the shared strings and the styles, never a model of the workbook: a sheet of Excel's
 * full 1,048,576 rows reads like a CSV file of the same cells. The file size limit of the {@link ReadOptions}
 * applies to the file and to what each streamed part of it (a sheet, the shared strings) expands to; the
 * {@link WorkbookArchive} keeps the other parts within 64 MB and every part within POI's 100:1 ratio.
 */
public final class XlsxTableReader implements TableReader {
	private static final String WHAT = "an XLSX workbook needs a sheet whose first row names the columns";
	private static final String SAVE_AS_XLSX = "open it in a spreadsheet program and save it as an Excel workbook"
			+ " (.xlsx)";
	private final String sheetName;

	/** A reader of the first sheet. */
	public XlsxTableReader() {
		this(null);
	}

	/** A reader of the sheet of this name (ignoring case, as spreadsheet programs do), or of the first when null. */
	public XlsxTableReader(String sheetName) {
		this.sheetName = sheetName;
	}

	@Override
	public String format() {
		return "xlsx";
	}

	@Override
	public LoadedTable read(Path file, ReadOptions options) throws TableReadException {
		FileChecks.beforeReading(file, options.maxFileBytes(), WHAT);
		checkIsZip(file);
		try {
			// POI's XML parsers and XMLBeans look their classes up through the thread context class loader
			return Hadoop.call(() -> readWorkbook(file, options));
		} catch (Exception e) {
			TableReadException reason = reason(e);
			if (reason != null) {
				throw reason;
			}
			throw new TableReadException(file, 0, null, "the file is not a readable XLSX workbook (" + e.getMessage()
					+ "); " + SAVE_AS_XLSX, e);
		}
	}

	/** Refuses what is no zip archive at all before POI gives its less helpful message. */
	private static void checkIsZip(Path file) throws TableReadException {
		FileMagic magic;
		try {
			magic = FileMagic.valueOf(file.toFile());
		} catch (IOException e) {
			throw new TableReadException(file, 0, null, "the file cannot be read: " + e.getMessage(), e);
		}
		if (magic == FileMagic.OLE2) {
			throw new TableReadException(file, 0, null, "the file is not a readable XLSX workbook: it is an Excel"
					+ " 97-2003 workbook (.xls) or another OLE2 document; " + SAVE_AS_XLSX);
		}
		if (magic != FileMagic.OOXML) {
			throw new TableReadException(file, 0, null, "the file is not a readable XLSX workbook: it is not a zip"
					+ " archive, as every XLSX workbook is; " + SAVE_AS_XLSX);
		}
	}

	private LoadedTable readWorkbook(Path file, ReadOptions options) throws Exception {
		try (WorkbookArchive archive = WorkbookArchive.open(file, options.maxFileBytes())) {
			OPCPackage workbook = OPCPackage.open(archive);
			try {
				streamLargeParts(workbook, archive);
				XSSFReader reader = new XSSFReader(workbook);
				boolean date1904;
				try (InputStream in = reader.getWorkbookData()) {
					date1904 = DateSystem.is1904(in);
				}
				XSSFReader.SheetIterator sheets = reader.getSheetIterator();
				List<String> names = new ArrayList<>();
				while (sheets.hasNext()) {
					try (InputStream sheet = sheets.next()) {
						String name = sheets.getSheetName();
						names.add(name);
						if (sheetName == null || sheetName.equalsIgnoreCase(name)) {
							return readSheet(new SheetPlace(file, name), options, workbook, reader, date1904, sheet);
						}
					}
				}
				if (names.isEmpty()) {
					throw FileChecks.empty(file, WHAT);
				}
				throw new TableReadException(file, 0, null, "the workbook has no sheet '" + sheetName + "'; its"
						+ " sheets are " + names);
			} finally {
				// closes the package without writing anything back
				workbook.revert();
			}
		}
	}

	/** The worksheets and the shared strings stream into the table; they may be as large as the file limit. */
	private static void streamLargeParts(OPCPackage workbook, WorkbookArchive archive) {
		for (XSSFRelation relation : List.of(XSSFRelation.WORKSHEET, XSSFRelation.SHARED_STRINGS)) {
			for (PackagePart part : workbook.getPartsByContentType(relation.getContentType())) {
				archive.streams(part);
			}
		}
	}

	private static LoadedTable readSheet(SheetPlace place, ReadOptions options, OPCPackage workbook,
			XSSFReader reader, boolean date1904, InputStream sheet) throws Exception {
		CellText text = CellText.of(reader.getStylesTable(), date1904);
		ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
		SheetRows rows = new SheetRows(place, options, text, WHAT);
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(new TypedSheetHandler(strings, rows));
		parser.parse(new InputSource(sheet));
		return rows.toTable();
	}

	/** The problem with the file this exception reports, however POI or the XML parser wrapped it. */
	private static TableReadException reason(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof TableReadException problem) {
				return problem;
			}
			if (t instanceof SheetRows.Refusal refusal) {
				return refusal.reason();
			}
		}
		return null;
	}
}
