package io.wearline.data.internal.xlsx;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which day a workbook counts its dates from: 1900, or 1904 in workbooks of old Mac spreadsheet programs (the
 * {@code date1904} attribute of the workbook's {@code workbookPr}). POI's streaming reader does not say; the
 * workbook part is small and read once.
 */
final class DateSystem extends DefaultHandler {
	private boolean date1904;

	private DateSystem() {
	}

	/** Whether the workbook part sets the 1904 date system. */
	static boolean is1904(InputStream workbook) throws IOException, SAXException, ParserConfigurationException {
		DateSystem system = new DateSystem();
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(system);
		parser.parse(new InputSource(workbook));
		return system.date1904;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		if ("workbookPr".equals(localName)) {
			String value = attributes.getValue("date1904");
			date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
		}
	}
}
