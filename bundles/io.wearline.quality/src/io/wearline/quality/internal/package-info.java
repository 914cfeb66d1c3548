/**
 * How the quality report is computed: each column prepared once (sorted values, standardised vectors, bin codes,
 * shared category codes), SDMetrics' metrics reproduced operation for operation on those arrays, the pair loop in
 * parallel, distances to the closest record, unit sequences and the contributed metrics. Not API: use
 * {@link io.wearline.quality.QualityScoring}.
 */
package io.wearline.quality.internal;
