/**
 * Tests of the synthesizer: the data transformer's round trips, mixtures, sampling, bounds, refusals, saved form
 * and determinism, on generated tables whose true distributions are known.
 */
package io.wearline.synth.tests;
