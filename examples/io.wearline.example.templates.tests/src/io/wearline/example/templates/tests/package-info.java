/**
 * Tests of the example template bundle, run inside OSGi by tycho-surefire as a fragment of the bundle: the real
 * extension registry finds the contributed template next to Wearline's own, and the template's file loads,
 * instantiates and converts without a single problem, as every template a third party ships should.
 */
package io.wearline.example.templates.tests;
