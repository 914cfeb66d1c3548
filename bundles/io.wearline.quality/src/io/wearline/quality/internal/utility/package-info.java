/**
 * Utility models: the features of a table, the split of the real rows, and random forests of Oracle's Tribuo
 * (embedded in {@code io.wearline.lib.quality}) trained on real or synthetic rows and tested on held-out real ones.
 */
package io.wearline.quality.internal.utility;
