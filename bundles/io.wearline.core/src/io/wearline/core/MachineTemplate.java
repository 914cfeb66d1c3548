package io.wearline.core;

import java.net.URL;

/**
 * A machine profile template contributed through the extension point {@code io.wearline.core.templates}.
 *
 * @param id the template's id, as in {@code wearline new --template motor}
 * @param name a short name for lists
 * @param description one sentence on the machine it describes
 * @param contributor the symbolic name of the bundle that contributes it
 * @param location the template's {@code .machine} file
 */
public record MachineTemplate(String id, String name, String description, String contributor, URL location) {
}
