/**
 * The headless application: the command line {@code wearline <command> [arguments]}, its exit codes and a small
 * parser of its arguments. Commands run in-process against a {@link io.wearline.batch.Console}, so the tests
 * call them exactly as the launcher does.
 */
package io.wearline.batch;
