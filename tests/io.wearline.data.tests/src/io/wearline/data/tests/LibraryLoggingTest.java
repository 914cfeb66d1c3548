package io.wearline.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;

/**
 * The embedded libraries' own logging (POI through log4j-api) is off, so that a damaged workbook does not put
 * lines like {@code ERROR POIXMLDocumentPart...} or {@code FATAL XMLHelper...} on stderr between our messages.
 */
class LibraryLoggingTest {

	@Test
	void poiLoggersAreOffEvenForFatal() {
		for (String name : new String[] { "org.apache.poi.ooxml.POIXMLDocumentPart",
				"org.apache.poi.util.XMLHelper", "org.apache.poi.openxml4j.opc.ZipPackage" }) {
			Logger logger = LogManager.getLogger(name);
			assertFalse(logger.isFatalEnabled(), name);
			assertFalse(logger.isErrorEnabled(), name);
			assertEquals(Level.OFF, logger.getLevel(), name);
		}
	}
}
