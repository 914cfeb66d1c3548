/**
 * The way into the libraries this bundle embeds for the quality report's utility models: Tribuo's trees and
 * ensembles (with OLCUT and protobuf-java). The libraries' packages are exported unchanged; this package only
 * names the versions, for reports that say what trained their models.
 */
package io.wearline.lib.quality;
