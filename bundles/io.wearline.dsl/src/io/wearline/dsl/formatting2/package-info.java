/** The canonical layout of {@code .machine} files, used both to format text and to write profiles as text. */
package io.wearline.dsl.formatting2;
