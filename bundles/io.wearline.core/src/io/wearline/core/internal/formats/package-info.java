/**
 * One codec per profile format: the profile language (through the language's own parser and formatter), JSON
 * and YAML (one document shape, read token by token with Jackson so every element and field keeps its line and
 * column), and XLSX (in {@code io.wearline.core.internal.workbook}). Codecs only read and write; the one
 * validator runs afterwards, on the model, for every format alike. Not API.
 */
package io.wearline.core.internal.formats;
