/**
 * The Wearline workbench application: the RCP entry point, the workbench and window advisors, the Wearline
 * perspective, and the rule that picks the workspace folder whose machines the views show.
 */
package io.wearline.ui;
