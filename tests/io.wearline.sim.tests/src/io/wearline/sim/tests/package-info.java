/**
 * Tests of io.wearline.sim, run inside OSGi by tycho-surefire so that the degradation-laws extension point is the
 * real one: the physics of the simulated fleets (health, remaining life, lives, regimes, failure modes, sensor
 * readings, failure effects), determinism, the laws and their registration with the validator, cancellation and
 * the speed benchmark. Profiles are the repository's templates or written here in the profile language.
 */
package io.wearline.sim.tests;
