/**
 * Reads the contributions to the extension point {@code io.wearline.core.templates} from the extension
 * registry into {@link io.wearline.core.MachineTemplate} records. Not API.
 */
package io.wearline.core.internal.templates;
