/** Tests of the Wearline window as a whole: its title, perspective and workspace folder. */
package io.wearline.ui.tests;
