/**
 * The Machines view: the machines of the workspace folder, one row each, with the validity of each profile.
 * The view wires a composite (the table and its messages) to a presenter (what to show and when); the reading
 * and validating runs in a core Job off the UI thread and goes through the core machine store and profile reader.
 */
package io.wearline.ui.machines;
