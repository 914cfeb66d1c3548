/**
 * The four built-in degradation laws (linear, exponential, power, step), contributed to the extension point
 * {@code io.wearline.sim.degradationLaws} by this bundle's {@code plugin.xml} like any third-party law.
 */
package io.wearline.sim.internal.laws;
