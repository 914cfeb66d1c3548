package io.wearline.data.internal.parquet;

import io.wearline.data.Column;
import io.wearline.data.ColumnType;
import io.wearline.data.Schema;
import io.wearline.data.TableLocation;
import io.wearline.data.TableReadException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/**
 * Maps table schemas to Parquet's and back, with the plain types every Parquet reader knows: DOUBLE to double,
 * LONG to int64, INT to int32, BOOLEAN to boolean, STRING and CATEGORICAL to binary with the STRING logical type
 * (dictionary encoding stores a category's label once per page). Nullable columns are OPTIONAL, the others
 * REQUIRED. A CATEGORICAL column is told apart from text by the file's key-value metadata.
 */
public final class ParquetSchemas {
	/** The name of the message; readers ignore it. */
	static final String MESSAGE = "table";

	private ParquetSchemas() {
	}

	/** The Parquet schema of a table schema. */
	public static MessageType toParquet(Schema schema) {
		Types.MessageTypeBuilder message = Types.buildMessage();
		for (Column column : schema.columns()) {
			Repetition repetition = column.nullable() ? Repetition.OPTIONAL : Repetition.REQUIRED;
			PrimitiveType type = switch (column.type()) {
				case DOUBLE -> Types.primitive(PrimitiveTypeName.DOUBLE, repetition).named(column.name());
				case LONG -> Types.primitive(PrimitiveTypeName.INT64, repetition).named(column.name());
				case INT -> Types.primitive(PrimitiveTypeName.INT32, repetition).named(column.name());
				case BOOLEAN -> Types.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(column.name());
				case STRING, CATEGORICAL -> Types.primitive(PrimitiveTypeName.BINARY, repetition)
						.as(LogicalTypeAnnotation.stringType()).named(column.name());
			};
			message.addField(type);
		}
		return message.named(MESSAGE);
	}

	/**
	 * The table schema of a Parquet schema.
	 *
	 * @param categorical the names of the text columns that hold categories
	 * @throws TableReadException naming the column of a type a table cannot hold (nested, repeated, timestamps...)
	 */
	public static Schema fromParquet(TableLocation file, MessageType message, Set<String> categorical)
			throws TableReadException {
		List<Column> columns = new ArrayList<>();
		for (Type field : message.getFields()) {
			if (!field.isPrimitive() || field.isRepetition(Repetition.REPEATED)) {
				throw unsupported(file, field, "it is nested or repeated; a table needs flat columns");
			}
			ColumnType type = typeOf(file, field.asPrimitiveType(), categorical.contains(field.getName()));
			columns.add(new Column(field.getName(), type, field.isRepetition(Repetition.OPTIONAL)));
		}
		return Schema.of(columns);
	}

	private static ColumnType typeOf(TableLocation file, PrimitiveType field, boolean categorical) throws TableReadException {
		LogicalTypeAnnotation logical = field.getLogicalTypeAnnotation();
		switch (field.getPrimitiveTypeName()) {
			case DOUBLE, FLOAT:
				if (logical == null) {
					return ColumnType.DOUBLE;
				}
				break;
			case INT64:
				if (logical == null || isSignedInteger(logical)) {
					return ColumnType.LONG;
				}
				break;
			case INT32:
				if (logical == null || isSignedInteger(logical)) {
					return ColumnType.INT;
				}
				break;
			case BOOLEAN:
				return ColumnType.BOOLEAN;
			case BINARY:
				if (logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
						|| logical instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation) {
					return categorical ? ColumnType.CATEGORICAL : ColumnType.STRING;
				}
				break;
			default:
				break;
		}
		throw unsupported(file, field, "its type " + field.getPrimitiveTypeName()
				+ (logical == null ? "" : " " + logical) + " has no column type; store doubles, signed whole"
				+ " numbers, booleans or UTF-8 strings");
	}

	private static boolean isSignedInteger(LogicalTypeAnnotation logical) {
		return logical instanceof IntLogicalTypeAnnotation integer && integer.isSigned();
	}

	private static TableReadException unsupported(TableLocation file, Type field, String why) {
		return new TableReadException(file, 0, field.getName(), "the column cannot be read into a table: " + why,
				null);
	}
}
