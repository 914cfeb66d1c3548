/** Scoping of the profile language, which has no cross-references of its own (ids are checked by validation). */
package io.wearline.dsl.scoping;
