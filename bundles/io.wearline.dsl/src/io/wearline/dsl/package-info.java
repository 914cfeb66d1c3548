/**
 * The profile language of {@code .machine} files: {@link io.wearline.dsl.MachineText} parses, writes and
 * validates profiles; {@link io.wearline.dsl.SensorUnits} and {@link io.wearline.dsl.DegradationLaws} are the
 * vocabulary the validator, quick fixes and content assist share.
 */
package io.wearline.dsl;
