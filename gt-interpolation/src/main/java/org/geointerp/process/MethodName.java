package org.geointerp.process;

/**
 * The interpolation methods by their process names, as a list WPS clients can offer (GeoServer encodes an enum
 * parameter as allowed values). A test checks that it lists exactly the engine registry's methods.
 */
public enum MethodName {
    Shepard,
    Akima,
    Clusterpolate,
    PartitionOfUnityRBF
}
