package io.wearline.synth.transform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.wearline.data.Column;
import io.wearline.data.Schema;
import io.wearline.data.Table;
import io.wearline.data.TableBuilder;
import io.wearline.synth.Layout;
import io.wearline.synth.Rows;
import io.wearline.synth.Span;
import io.wearline.synth.internal.transform.ColumnCodec;
import io.wearline.synth.internal.transform.ColumnSurvey;
import io.wearline.synth.internal.transform.TransformerJson;

/**
 * The TVAE's data transformer (Xu et al., "Modeling Tabular Data using Conditional GAN", 2019): fitted on a table,
 * it turns tables of that schema into the network's numeric form ({@link #transform}) and the network's output back
 * into tables of that schema ({@link #inverse}).
 * <p>
 * Each column is treated as its data asks ({@link Treatment}): continuous numbers by mode-specific normalisation
 * over a variational Gaussian mixture (a scalar span and a softmax span of modes), categories, booleans and numbers
 * of few distinct values one-hot (a softmax span), missing values by an indicator span or a "missing" slot. Columns
 * with nothing to learn (constant, near-constant, all missing) are not given to the network and come back exactly.
 * Generated numbers stay within the fitted data's range and the bounds given at fit time; integer columns come
 * back as whole numbers of their type.
 * <p>
 * A transformer is immutable and may be shared between threads. Fitting is deterministic given the options' seed;
 * {@link #transform} given its seed; {@link #inverse} given the random generator's state.
 */
public final class DataTransformer {
	private final Schema schema;
	private final List<ColumnCodec> codecs;
	private final int[] starts;
	private final Layout layout;

	private DataTransformer(List<ColumnCodec> codecs) {
		this.codecs = List.copyOf(codecs);
		List<Column> columns = new ArrayList<>(codecs.size());
		List<Span> spans = new ArrayList<>();
		starts = new int[codecs.size()];
		int start = 0;
		for (int i = 0; i < codecs.size(); i++) {
			columns.add(codecs.get(i).column());
			starts[i] = start;
			List<Span> own = codecs.get(i).spans(start);
			spans.addAll(own);
			start += own.stream().mapToInt(Span::width).sum();
		}
		this.schema = Schema.of(columns);
		this.layout = new Layout(spans);
	}

	/** Fits a transformer on a table with the default options. */
	public static DataTransformer fit(Table table) {
		return fit(table, TransformerOptions.defaults());
	}

	/**
	 * Fits a transformer on a table.
	 *
	 * @throws UnusableDataException when the table has no rows or no columns, a DOUBLE column has an infinite value,
	 *             a text or categorical column has more distinct values than the category limit, or a column's
	 *             values lie wholly outside the bounds given for it
	 */
	public static DataTransformer fit(Table table, TransformerOptions options) {
		return fit(table, options, null);
	}

	/**
	 * Fits a transformer on a table, reporting one unit of work per column and checking for cancellation before
	 * each column (a column's mixture takes well under a second).
	 *
	 * @param monitor the progress monitor, or null
	 * @throws UnusableDataException as {@link #fit(Table, TransformerOptions)} does
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	public static DataTransformer fit(Table table, TransformerOptions options, IProgressMonitor monitor) {
		Objects.requireNonNull(options, "options");
		if (table.columnCount() == 0) {
			throw new UnusableDataException("the table has no columns; there is nothing to learn");
		}
		if (table.rowCount() == 0) {
			throw new UnusableDataException("the table has no rows; a synthesizer needs data to learn from: "
					+ "generate seed data or give a table with rows");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Fitting the data transformer", table.columnCount());
		SplittableRandom seeds = new SplittableRandom(options.seed());
		List<ColumnCodec> codecs = new ArrayList<>(table.columnCount());
		for (int i = 0; i < table.columnCount(); i++) {
			Column column = table.schema().column(i);
			SubMonitor step = progress.split(1);
			step.subTask("column " + column.name());
			codecs.add(ColumnSurvey.codec(column, table.column(i), options, seeds.nextLong()));
		}
		return new DataTransformer(codecs);
	}

	/** The schema of the fitted table, which {@link #inverse} reproduces. */
	public Schema schema() {
		return schema;
	}

	/** The spans of the numeric form, for the network. */
	public Layout layout() {
		return layout;
	}

	/** What is done with each column, in schema order. */
	public List<ColumnPlan> plans() {
		List<ColumnPlan> plans = new ArrayList<>(codecs.size());
		for (int i = 0; i < codecs.size(); i++) {
			plans.add(codecs.get(i).plan(starts[i]));
		}
		return plans;
	}

	/** What is done with the column of this name. */
	public ColumnPlan plan(String column) {
		int index = schema.require(column);
		return codecs.get(index).plan(starts[index]);
	}

	/**
	 * The numeric form of a table: one row per table row, {@link Layout#width()} columns. A continuous value's mode
	 * is drawn from its posterior weights, so the form depends on the seed.
	 *
	 * @param table a table with the fitted schema's column names and types, in order
	 * @param seed the seed of the draws
	 * @throws UnusableDataException when the schema differs, or a value cannot be encoded: an infinity, a category or
	 *             a missing value that the fitted data did not have (the message names column and row)
	 */
	public Rows transform(Table table, long seed) {
		checkSchema(table.schema());
		Rows rows = Rows.zeros(table.rowCount(), layout.width());
		SplittableRandom seeds = new SplittableRandom(seed);
		for (int i = 0; i < codecs.size(); i++) {
			codecs.get(i).encode(table.column(i), rows, starts[i], new SplittableRandom(seeds.nextLong()));
		}
		return rows;
	}

	private void checkSchema(Schema other) {
		boolean same = other.size() == schema.size();
		for (int i = 0; same && i < schema.size(); i++) {
			same = other.column(i).name().equals(schema.column(i).name())
					&& other.column(i).type() == schema.column(i).type();
		}
		if (!same) {
			throw new UnusableDataException("the table's columns " + other + " differ from the columns the "
					+ "transformer was fitted on " + schema + "; give a table with the same names and types in the "
					+ "same order");
		}
	}

	/**
	 * A table of the fitted schema from the network's output, drawing each softmax span's choice from its
	 * probabilities ({@link SoftmaxChoice#SAMPLE}).
	 *
	 * @param rows the decoder's output: scalars in [-1, 1] (tanh), softmax spans as probabilities
	 * @param random the source of the draws
	 */
	public Table inverse(Rows rows, RandomGenerator random) {
		return inverse(rows, SoftmaxChoice.SAMPLE, random);
	}

	/**
	 * A table of the fitted schema from the network's output.
	 *
	 * @param rows the decoder's output: scalars in [-1, 1] (tanh; values beyond are clipped), softmax spans as
	 *            probabilities (need not sum to 1)
	 * @param choice how a softmax span's choice is made
	 * @param random the source of the draws (a near-constant column's values, and the spans' choices when sampling)
	 * @throws IllegalArgumentException when the rows are not {@link Layout#width()} wide, or hold NaN or infinity
	 */
	public Table inverse(Rows rows, SoftmaxChoice choice, RandomGenerator random) {
		Objects.requireNonNull(choice, "choice");
		Objects.requireNonNull(random, "random");
		if (rows.width() != layout.width()) {
			throw new IllegalArgumentException("the rows have " + rows.width() + " columns but the transformer's "
					+ "numeric form has " + layout.width());
		}
		TableBuilder builder = new TableBuilder(schema, rows.count());
		for (int i = 0; i < codecs.size(); i++) {
			codecs.get(i).decode(rows, starts[i], choice, random, builder.column(i));
		}
		return builder.build();
	}

	/**
	 * Writes the fitted transformer in its versioned JSON form (UTF-8). Does not close the stream.
	 */
	public void save(OutputStream out) throws IOException {
		TransformerJson.write(codecs, out);
	}

	/**
	 * Reads a transformer written by {@link #save}. Does not close the stream (but may read past the JSON).
	 *
	 * @throws IOException when the stream cannot be read, does not hold a saved transformer, holds one of another
	 *             format version, or a damaged one; the message says which and what to do
	 */
	public static DataTransformer load(InputStream in) throws IOException {
		List<ColumnCodec> codecs = TransformerJson.read(in);
		if (codecs.isEmpty()) {
			throw new IOException("the saved data transformer has no columns");
		}
		try {
			return new DataTransformer(codecs);
		} catch (IllegalArgumentException e) {
			throw new IOException("the saved data transformer is damaged: " + e.getMessage(), e);
		}
	}

	@Override
	public String toString() {
		return "DataTransformer of " + schema.size() + " columns into " + layout.width() + " numeric columns";
	}
}
