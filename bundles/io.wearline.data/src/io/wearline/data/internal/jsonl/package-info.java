/**
 * JSON Lines files (one JSON object per line) through Jackson's streaming parser and generator. Not API: reached
 * through {@link io.wearline.data.TableFormats}; exported to the tests only.
 */
package io.wearline.data.internal.jsonl;
