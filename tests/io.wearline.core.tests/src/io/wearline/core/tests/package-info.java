/**
 * Tests of io.wearline.core, run inside OSGi by tycho-surefire so that the extension registry and the wrapped
 * POI bundles are the real ones: every template through every format, the places of problems in each format,
 * hostile input, atomic writes and the machine store.
 */
package io.wearline.core.tests;
