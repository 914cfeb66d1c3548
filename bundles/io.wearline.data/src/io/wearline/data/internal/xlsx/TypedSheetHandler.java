package io.wearline.data.internal.xlsx;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * POI's streaming handler of a worksheet's XML that also tells the {@link SheetRows} each cell's type and style
 * (the {@code t} and {@code s} attributes of its {@code <c>} element) before the cell's text arrives. The text
 * alone is ambiguous: a boolean cell reads TRUE like the text TRUE, an error cell ERROR:#N/A like that text, and
 * a date is a number. POI's handler is given no styles, so it hands numbers over as the XML holds them and the
 * {@link CellText} turns them into text.
 */
final class TypedSheetHandler extends XSSFSheetXMLHandler {
	private final SheetRows rows;

	TypedSheetHandler(SharedStrings strings, SheetRows rows) {
		super(null, null, strings, rows, new DataFormatter(), false);
		this.rows = rows;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes)
			throws SAXException {
		if ("c".equals(localName) && (uri == null || uri.equals(XSSFRelation.NS_SPREADSHEETML))) {
			rows.startCell(attributes.getValue("t"), attributes.getValue("s"));
		}
		super.startElement(uri, localName, qName, attributes);
	}
}
