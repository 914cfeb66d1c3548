/**
 * Wearline's core services: reading and writing machine profiles in every format (DSL, JSON, YAML, XLSX)
 * through one validator, the templates registry, and the machine store of a workspace: its machines' status
 * (files and last outcome), the per-machine lock and scheduling rule, change events for views, and the version
 * history of every machine's profile.
 */
package io.wearline.core;
