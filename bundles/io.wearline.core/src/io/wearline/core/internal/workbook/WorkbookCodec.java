package io.wearline.core.internal.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.wearline.core.FormatCodes;
import io.wearline.core.ProfileLimits;
import io.wearline.core.internal.Findings;
import io.wearline.core.internal.Place;
import io.wearline.core.internal.SourceMap;
import io.wearline.core.internal.formats.FormatCodec;
import io.wearline.data.InputText;
import io.wearline.model.MachineProfile;

/**
 * XLSX through Apache POI. Before a workbook is opened, POI's zip-bomb guard is set to this codec's limits: an
 * entry may expand to at most {@link ProfileLimits#maxExpandedBytes()} and to at most 100 times its compressed
 * size, and an archive may hold at most 1000 entries. The guard's settings are global to POI, so they are set
 * and the workbook opened under one lock.
 */
public final class WorkbookCodec implements FormatCodec {
	/** Spreadsheet XML compresses about 10:1; 100:1 leaves room for very regular sheets and none for bombs. */
	private static final double MIN_INFLATE_RATIO = 0.01;
	private static final long MAX_ENTRIES = 1000;
	private static final Object POI_GUARD = new Object();

	private final ProfileLimits limits;

	public WorkbookCodec(ProfileLimits limits) {
		this.limits = limits;
	}

	@Override
	public MachineProfile read(byte[] content, Findings findings, SourceMap places) {
		try (XSSFWorkbook workbook = open(content)) {
			return new WorkbookReader(workbook, findings, places).read();
		} catch (OLE2NotOfficeXmlFileException e) {
			findings.error(Place.WHOLE_FILE, FormatCodes.SYNTAX, "This is an old Excel 97-2003 workbook (.xls);"
					+ " open it in a spreadsheet program and save it as an Excel workbook (.xlsx).");
		} catch (EmptyFileException e) {
			findings.error(Place.WHOLE_FILE, FormatCodes.SYNTAX, "The file is empty; an XLSX profile is a workbook"
					+ " with the sheets Machine, Sensors, Regimes, FailureModes, Dataset and Training.");
		} catch (NotOfficeXmlFileException e) {
			findings.error(Place.WHOLE_FILE, FormatCodes.SYNTAX, "This is not an XLSX workbook: " + e.getMessage());
		} catch (IOException | RuntimeException e) {
			if (isArchiveRefusal(e)) {
				findings.error(Place.WHOLE_FILE, FormatCodes.UNSAFE_ARCHIVE, "The workbook is refused: it expands"
						+ " far beyond what a spreadsheet does (an entry over " + limits.maxExpandedBytes() / (1024 * 1024)
						+ " MB or over 100 times its compressed size, or more than " + MAX_ENTRIES + " entries), as a"
						+ " zip bomb does. Save the profile again from a spreadsheet program.");
			} else if (isTooLargeUnpacked(e)) {
				findings.error(Place.WHOLE_FILE, FormatCodes.UNSAFE_ARCHIVE, "The workbook is refused: it is too"
						+ " large when unpacked (a part of it says it unpacks to more than 100 MB; a profile workbook"
						+ " unpacks to less than a megabyte). Save the profile again from a spreadsheet program.");
			} else {
				findings.error(Place.WHOLE_FILE, FormatCodes.SYNTAX, "The workbook cannot be read: " + firstLine(e));
			}
		}
		return null;
	}

	private XSSFWorkbook open(byte[] content) throws IOException {
		// POI's guard is process-wide: set it for this workbook and put back what other readers of the process
		// (the data layer's sheets, say) had, so a profile's limits never leak into theirs
		synchronized (POI_GUARD) {
			double ratio = ZipSecureFile.getMinInflateRatio();
			long entrySize = ZipSecureFile.getMaxEntrySize();
			long fileCount = ZipSecureFile.getMaxFileCount();
			try {
				ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
				ZipSecureFile.setMaxEntrySize(limits.maxExpandedBytes());
				ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
				return new XSSFWorkbook(new ByteArrayInputStream(content));
			} finally {
				ZipSecureFile.setMinInflateRatio(ratio);
				ZipSecureFile.setMaxEntrySize(entrySize);
				ZipSecureFile.setMaxFileCount(fileCount);
			}
		}
	}

	/**
	 * Whether POI refused to allocate a part whose zip entry declares a size beyond its record limit; POI words
	 * that as a bug report to file ("please open an issue on bugzilla"), which is not what a user should read.
	 */
	private static boolean isTooLargeUnpacked(Throwable e) {
		for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
			if (t instanceof RecordFormatException && String.valueOf(t.getMessage()).startsWith("Tried to allocate")) {
				return true;
			}
		}
		return false;
	}

	/** The first line of a library's message, its control characters escaped. */
	private static String firstLine(Throwable e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
		int end = message.indexOf('\n');
		return InputText.escaped(end < 0 ? message : message.substring(0, end).strip());
	}

	/** Whether POI's guard refused the archive; POI says so only in its messages, which may be wrapped. */
	private static boolean isArchiveRefusal(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage());
			if (message.contains("Zip bomb") || message.contains("potentially malicious")
					|| message.contains(ZipSecureFile.MAX_FILE_COUNT_MSG)) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	@Override
	public byte[] write(MachineProfile profile) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			new WorkbookWriter(workbook).write(profile);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException("writing the workbook to memory failed", e);
		}
	}
}
