package io.wearline.data.internal.parquet;

import io.wearline.data.BooleanColumnBuilder;
import io.wearline.data.CategoricalColumnBuilder;
import io.wearline.data.ColumnBuilder;
import io.wearline.data.DoubleColumnBuilder;
import io.wearline.data.IntColumnBuilder;
import io.wearline.data.LongColumnBuilder;
import io.wearline.data.StringColumnBuilder;
import java.io.IOException;
import org.apache.parquet.bytes.ByteBufferInputStream;
import org.apache.parquet.bytes.BytesUtils;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ValuesType;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.DataPageV2;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.column.values.ValuesReader;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridDecoder;
import org.apache.parquet.io.ParquetDecodingException;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * Reads the pages of one flat column chunk straight into a column builder: per page, the definition levels into
 * an array, then the values with Parquet's decoder of the page's encoding, in one loop of primitives; no records
 * and no per-value dispatch. Dictionary-encoded pages are read as ids: a category's label is decoded once per
 * dictionary, not once per row. Data pages of version 1 and 2 and every encoding Parquet decodes are read.
 */
final class ColumnChunkReader {
	private final ColumnDescriptor descriptor;
	private final ColumnBuilder column;
	private final boolean isFloat;
	private int[] levels = new int[0];
	private Dictionary dictionary;
	/** The dictionary's entries as this column's values, decoded once per dictionary. */
	private double[] doublesById;
	private long[] longsById;
	private int[] intsById;
	private int[] codesById;

	/** A reader of a chunk of this column into this builder, which has the column's type. */
	ColumnChunkReader(ColumnDescriptor descriptor, ColumnBuilder column) {
		this.descriptor = descriptor;
		this.column = column;
		this.isFloat = descriptor.getPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.FLOAT;
	}

	/** Appends every value of the chunk's pages. */
	void read(PageReader pages) throws IOException {
		DictionaryPage dictionaryPage = pages.readDictionaryPage();
		dictionary = null;
		if (dictionaryPage != null) {
			dictionary = dictionaryPage.getEncoding().initDictionary(descriptor, dictionaryPage);
			decodeDictionary();
		}
		for (DataPage page = pages.readPage(); page != null; page = pages.readPage()) {
			if (page instanceof DataPageV1 v1) {
				readV1(v1);
			} else if (page instanceof DataPageV2 v2) {
				readV2(v2);
			} else {
				throw new ParquetDecodingException("a data page of an unknown version: " + page);
			}
		}
	}

	private void readV1(DataPageV1 page) throws IOException {
		int count = page.getValueCount();
		ByteBufferInputStream in = page.getBytes().toInputStream();
		page.getRlEncoding().getValuesReader(descriptor, ValuesType.REPETITION_LEVEL).initFromPage(count, in);
		ValuesReader definitions = page.getDlEncoding().getValuesReader(descriptor, ValuesType.DEFINITION_LEVEL);
		definitions.initFromPage(count, in);
		int defined = readLevels(count, definitions);
		readValues(page.getValueEncoding(), count, defined, in);
	}

	private void readV2(DataPageV2 page) throws IOException {
		int count = page.getValueCount();
		int defined = count;
		if (descriptor.getMaxDefinitionLevel() > 0) {
			RunLengthBitPackingHybridDecoder definitions = new RunLengthBitPackingHybridDecoder(
					BytesUtils.getWidthFromMaxInt(descriptor.getMaxDefinitionLevel()),
					page.getDefinitionLevels().toInputStream());
			ensureLevels(count);
			defined = 0;
			for (int i = 0; i < count; i++) {
				levels[i] = definitions.readInt();
				defined += levels[i] == descriptor.getMaxDefinitionLevel() ? 1 : 0;
			}
		}
		readValues(page.getDataEncoding(), count, defined, page.getData().toInputStream());
	}

	/** Reads a page's definition levels; returns how many of its values are defined. */
	private int readLevels(int count, ValuesReader definitions) {
		int max = descriptor.getMaxDefinitionLevel();
		if (max == 0) {
			return count;
		}
		ensureLevels(count);
		int defined = 0;
		for (int i = 0; i < count; i++) {
			levels[i] = definitions.readInteger();
			defined += levels[i] == max ? 1 : 0;
		}
		return defined;
	}

	private void ensureLevels(int count) {
		if (levels.length < count) {
			levels = new int[count];
		}
	}

	private void readValues(Encoding encoding, int count, int defined, ByteBufferInputStream in)
			throws IOException {
		ValuesReader values;
		boolean ids = encoding.usesDictionary();
		if (ids) {
			if (dictionary == null) {
				throw new ParquetDecodingException("a dictionary-encoded page of " + descriptor + " has no dictionary");
			}
			values = encoding.getDictionaryBasedValuesReader(descriptor, ValuesType.VALUES, dictionary);
		} else {
			values = encoding.getValuesReader(descriptor, ValuesType.VALUES);
		}
		values.initFromPage(defined, in);
		boolean all = defined == count;
		int max = descriptor.getMaxDefinitionLevel();
		switch (column) {
			case DoubleColumnBuilder doubles -> {
				for (int i = 0; i < count; i++) {
					if (all || levels[i] == max) {
						doubles.add(ids ? doublesById[values.readValueDictionaryId()]
								: isFloat ? values.readFloat() : values.readDouble());
					} else {
						doubles.addMissing();
					}
				}
			}
			case LongColumnBuilder longs -> {
				for (int i = 0; i < count; i++) {
					if (all || levels[i] == max) {
						longs.add(ids ? longsById[values.readValueDictionaryId()] : values.readLong());
					} else {
						longs.addMissing();
					}
				}
			}
			case IntColumnBuilder ints -> {
				for (int i = 0; i < count; i++) {
					if (all || levels[i] == max) {
						ints.add(ids ? intsById[values.readValueDictionaryId()] : values.readInteger());
					} else {
						ints.addMissing();
					}
				}
			}
			case BooleanColumnBuilder booleans -> {
				for (int i = 0; i < count; i++) {
					if (all || levels[i] == max) {
						booleans.add(ids ? dictionary.decodeToBoolean(values.readValueDictionaryId())
								: values.readBoolean());
					} else {
						booleans.addMissing();
					}
				}
			}
			case StringColumnBuilder strings -> {
				for (int i = 0; i < count; i++) {
					if (all || levels[i] == max) {
						strings.add((ids ? dictionary.decodeToBinary(values.readValueDictionaryId())
								: values.readBytes()).toStringUsingUTF8());
					} else {
						strings.addMissing();
					}
				}
			}
			case CategoricalColumnBuilder categories -> {
				for (int i = 0; i < count; i++) {
					if (all || levels[i] == max) {
						if (ids) {
							categories.addCode(codesById[values.readValueDictionaryId()]);
						} else {
							categories.add(values.readBytes().toStringUsingUTF8());
						}
					} else {
						categories.addMissing();
					}
				}
			}
		}
	}

	/** Decodes the dictionary's entries into this column's values (a category: its code in the builder). */
	private void decodeDictionary() {
		int size = dictionary.getMaxId() + 1;
		switch (column) {
			case DoubleColumnBuilder doubles -> {
				doublesById = new double[size];
				for (int id = 0; id < size; id++) {
					doublesById[id] = isFloat ? dictionary.decodeToFloat(id) : dictionary.decodeToDouble(id);
				}
			}
			case LongColumnBuilder longs -> {
				longsById = new long[size];
				for (int id = 0; id < size; id++) {
					longsById[id] = dictionary.decodeToLong(id);
				}
			}
			case IntColumnBuilder ints -> {
				intsById = new int[size];
				for (int id = 0; id < size; id++) {
					intsById[id] = dictionary.decodeToInt(id);
				}
			}
			case CategoricalColumnBuilder categories -> {
				codesById = new int[size];
				for (int id = 0; id < size; id++) {
					codesById[id] = categories.code(dictionary.decodeToBinary(id).toStringUsingUTF8());
				}
			}
			case BooleanColumnBuilder booleans -> {
				// decoded per value: a dictionary of booleans is rare and has two entries
			}
			case StringColumnBuilder strings -> {
				// decoded per value: each row needs its own String anyway
			}
		}
	}
}
