package org.geointerp.engine.purbf;

/** The length that the kernel's shape parameter is relative to. */
public enum KernelScale {
    /**
     * Distances are divided by the longest side of the lattice box (the data's bounding box, or the box given in the
     * options). With the unit square or cube as box this is the paper's setting: {@code phi(delta * r)} on
     * [0,1]^N.
     */
    BOX,
    /**
     * Distances are divided by each patch's radius: the kernel has the same shape in every patch whatever the data
     * density and the coordinate unit, and it does not depend on the extent of the data (needed for seamless tiles).
     */
    PATCH
}
