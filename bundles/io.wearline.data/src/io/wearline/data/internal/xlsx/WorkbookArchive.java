package io.wearline.data.internal.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * A workbook's zip archive as POI's OPC package reads it, every part through a {@link PartExpansionLimit}. The
 * parts a reader holds whole in memory (workbook, styles, relationships) may expand to 64 MB, as in the profile
 * reader of io.wearline.core; the parts that stream into the table (worksheets and shared strings, named with
 * {@link #streams(PackagePart)}) may expand to the reader's file size limit. Both keep POI's 100:1 ratio.
 * <p>
 * POI's own guard ({@link ZipSecureFile}'s threshold stream) reads process-wide settings, which the profile reader
 * changes for profiles; this archive switches it off per part and applies its own, so that a profile read at the
 * same time cannot refuse a large sheet half way. {@link ZipSecureFile} still refuses archives with empty or
 * duplicate entry names, and POI's package still refuses more entries than
 * {@link ZipSecureFile#getMaxFileCount()}.
 */
final class WorkbookArchive implements ZipEntrySource {
	/** io.wearline.core's ProfileLimits.DEFAULT_MAX_EXPANDED_BYTES: far above any workbook's styles. */
	static final long HELD_PART_BYTES = 64L * 1024 * 1024;

	private final ZipSecureFile zip;
	private final Path file;
	private final long streamedPartBytes;
	private final Set<String> streamed = new HashSet<>();
	private boolean closed;

	private WorkbookArchive(ZipSecureFile zip, Path file, long streamedPartBytes) {
		this.zip = zip;
		this.file = file;
		this.streamedPartBytes = streamedPartBytes;
	}

	/**
	 * Opens a workbook's archive.
	 *
	 * @param streamedPartBytes the most bytes a streamed part may expand to
	 * @throws IOException when the file is no zip archive or its entry names are unsafe
	 */
	static WorkbookArchive open(Path file, long streamedPartBytes) throws IOException {
		return new WorkbookArchive(new ZipSecureFile(file.toFile()), file, streamedPartBytes);
	}

	/** Lets this part expand up to the streamed parts' limit; call it before the part is read. */
	void streams(PackagePart part) {
		// part names are absolute ("/xl/worksheets/sheet1.xml"), entry names are not
		streamed.add(part.getPartName().getName().substring(1));
	}

	@Override
	public Enumeration<? extends ZipArchiveEntry> getEntries() {
		return zip.getEntries();
	}

	@Override
	public ZipArchiveEntry getEntry(String path) {
		return zip.getEntry(path);
	}

	@Override
	public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
		ZipArchiveThresholdInputStream in = zip.getInputStream(entry);
		in.setGuardState(false);
		long limit = streamed.contains(entry.getName()) ? streamedPartBytes
				: Math.min(HELD_PART_BYTES, streamedPartBytes);
		long compressed = entry.getCompressedSize() >= 0 ? entry.getCompressedSize() : file.toFile().length();
		return new PartExpansionLimit(in, file, entry.getName(), compressed, limit);
	}

	@Override
	public void close() throws IOException {
		closed = true;
		zip.close();
	}

	@Override
	public boolean isClosed() {
		return closed;
	}
}
