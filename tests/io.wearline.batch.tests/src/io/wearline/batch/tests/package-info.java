/**
 * Tests of the headless application: every command run in-process through {@link io.wearline.batch.CommandLine}
 * against temporary folders, real profiles, the real core services and the templates the extension point
 * serves; and the {@link io.wearline.batch.WearlineApplication} as the launcher starts it.
 */
package io.wearline.batch.tests;
