/**
 * Tests of the profile language, run inside OSGi as a fragment of {@code io.wearline.dsl}: parsing, the rule set
 * with every issue code, the canonical layout, and writing profiles built in memory as text.
 */
package io.wearline.dsl.tests;
