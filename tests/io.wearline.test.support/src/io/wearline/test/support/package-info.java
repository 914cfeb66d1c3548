/**
 * What the test fragments of several bundles share: the sample machine profiles they write into temporary
 * folders, and the small steps every such test takes with them (write a profile, find the line and column of a
 * piece of it). Plain Java on purpose, so that any test fragment can require it without pulling in a Wearline
 * bundle its host does not already see.
 */
package io.wearline.test.support;
