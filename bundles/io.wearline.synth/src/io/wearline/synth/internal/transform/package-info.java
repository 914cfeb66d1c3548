/**
 * The data transformer's machinery: the survey that chooses each column's codec when fitting, the codecs that
 * encode and decode a column (continuous by mode-specific normalisation over a {@link
 * io.wearline.synth.internal.transform.VariationalMixture}, one-hot categories, fixed columns that bypass the
 * network), the levels of one-hot and fixed columns, and the versioned JSON form.
 */
package io.wearline.synth.internal.transform;
