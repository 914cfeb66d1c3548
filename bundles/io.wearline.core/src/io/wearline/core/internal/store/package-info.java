/**
 * The machine store's workings that are no API: comparing two profile versions element by element
 * ({@link io.wearline.core.internal.store.ElementComparison}) and as text
 * ({@link io.wearline.core.internal.store.TextDiff}), changing a profile text's machine id in place, hashing texts to
 * notice edits made outside Wearline, and copying or deleting a machine's folders.
 */
package io.wearline.core.internal.store;
