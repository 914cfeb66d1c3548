/**
 * The editor services of the profile language ({@code .machine} files) that need no IDE: the Guice module that
 * binds them and the setup that starts the language with them. The workbench's JFace editor and a language server
 * both build on these services, so an engineer gets the same proposals and fixes in either.
 */
package io.wearline.dsl.ide;
