/**
 * The way into the libraries this bundle embeds (ND4J 1.0.0-M2.1, JavaCPP and OpenBLAS with their linux-x86_64
 * natives) from OSGi. ND4J's own packages are exported unchanged; this package only holds what OSGi and a shared
 * workstation make necessary: ND4J finds its back end through a class loader it captures once, JavaCPP unpacks
 * the natives into a cache folder whose name must carry the version, and the thread count can only be set at
 * run time. {@link io.wearline.lib.ml.Nd4jRuntime#start(int)} does all three before the first array is made.
 */
package io.wearline.lib.ml;
