package io.wearline.data.internal.parquet;

import io.wearline.data.BooleanValues;
import io.wearline.data.CategoricalValues;
import io.wearline.data.ColumnValues;
import io.wearline.data.DoubleValues;
import io.wearline.data.IntValues;
import io.wearline.data.LongValues;
import io.wearline.data.Schema;
import io.wearline.data.StringValues;
import io.wearline.data.Table;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Feeds the rows of table chunks to Parquet's writer straight from the typed columns, without Avro records or
 * example groups. A record is the index of a row in the {@link #chunk(Table) current chunk}; a missing value is
 * a field left out, which Parquet stores as a null of an OPTIONAL column. Collects the labels of categorical
 * columns over all chunks for the footer.
 */
final class TableWriteSupport extends WriteSupport<Integer> {
	private final Schema schema;
	private final MessageType message;
	private final Map<String, Set<String>> dictionaries = new LinkedHashMap<>();
	private RecordConsumer consumer;
	private Table chunk;

	TableWriteSupport(Schema schema) {
		this.schema = schema;
		this.message = ParquetSchemas.toParquet(schema);
		schema.columns().stream().filter(c -> c.type() == io.wearline.data.ColumnType.CATEGORICAL)
				.forEach(c -> dictionaries.put(c.name(), new LinkedHashSet<>()));
	}

	/** Makes this chunk's rows the ones {@link #write(Integer)} takes; records its categories' labels. */
	void chunk(Table table) {
		this.chunk = table;
		for (Map.Entry<String, Set<String>> column : dictionaries.entrySet()) {
			column.getValue().addAll(table.categoricals(column.getKey()).dictionary());
		}
	}

	@Override
	public WriteContext init(Configuration configuration) {
		return new WriteContext(message, Map.of());
	}

	@Override
	public void prepareForWrite(RecordConsumer recordConsumer) {
		this.consumer = recordConsumer;
	}

	@Override
	public void write(Integer row) {
		int r = row;
		consumer.startMessage();
		for (int c = 0; c < schema.size(); c++) {
			ColumnValues values = chunk.column(c);
			if (values.isMissing(r)) {
				continue;
			}
			String name = schema.column(c).name();
			consumer.startField(name, c);
			switch (values) {
				case DoubleValues doubles -> consumer.addDouble(doubles.get(r));
				case LongValues longs -> consumer.addLong(longs.get(r));
				case IntValues ints -> consumer.addInteger(ints.get(r));
				case BooleanValues booleans -> consumer.addBoolean(booleans.get(r));
				case StringValues strings -> consumer.addBinary(Binary.fromString(strings.get(r)));
				case CategoricalValues categories -> consumer.addBinary(Binary.fromString(categories.label(r)));
			}
			consumer.endField(name, c);
		}
		consumer.endMessage();
	}

	@Override
	public FinalizedWriteContext finalizeWrite() {
		if (dictionaries.isEmpty()) {
			return new FinalizedWriteContext(Map.of());
		}
		return new FinalizedWriteContext(Map.of(CategoryMetadata.KEY, CategoryMetadata.write(dictionaries)));
	}
}
