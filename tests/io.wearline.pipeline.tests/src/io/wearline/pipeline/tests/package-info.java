/**
 * Tests of the machine pipeline on real parts: small real builds (a tiny profile, few rows, one or two epochs) whose
 * events, files and outcomes are read back, fleets where one machine fails, cancels and held machine locks.
 */
package io.wearline.pipeline.tests;
