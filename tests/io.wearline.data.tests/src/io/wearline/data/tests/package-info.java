/**
 * Tests of io.wearline.data, run inside OSGi by tycho-surefire so that Commons CSV and Jackson are the real
 * bundles: tables and their builders, slices and concatenation, statistics against values computed by hand,
 * CSV and JSON Lines round trips of every column type, separator and line-end dialects, type inference, and the
 * message of every kind of bad input.
 */
package io.wearline.data.tests;
