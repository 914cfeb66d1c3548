/**
 * The machine profile model: sensors, operating parameters and regimes, degradation, remaining useful life,
 * failure modes and the dataset and training settings. The interfaces and their implementations are generated
 * from {@code model/wearline.ecore} by the build; this package also holds the hand-written helpers.
 */
package io.wearline.model;
