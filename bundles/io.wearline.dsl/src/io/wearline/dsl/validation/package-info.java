/**
 * The one rule set of machine profiles, for every format: {@link io.wearline.dsl.validation.MachineValidator}
 * and its rule classes, the {@link io.wearline.dsl.validation.IssueCodes} they raise, and the configurable
 * {@link io.wearline.dsl.validation.ValidationLimits}.
 */
package io.wearline.dsl.validation;
