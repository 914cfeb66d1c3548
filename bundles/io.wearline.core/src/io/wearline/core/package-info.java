/**
 * Wearline's core services: reading and writing machine profiles in every format (DSL, JSON, YAML, XLSX)
 * through one validator, the templates registry, and the machine store of a workspace.
 */
package io.wearline.core;
