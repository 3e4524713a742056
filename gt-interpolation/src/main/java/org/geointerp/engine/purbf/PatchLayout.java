package org.geointerp.engine.purbf;

/**
 * What an automatic PU-RBF fit derives from all its data before it looks at any patch: the lattice of patch
 * centres (its spacing from the number of points, its extent from their bounding box), the patches' radius, the box
 * length the kernel's shape is relative to ({@link KernelScale#BOX}), and the domain (the convex hull of the
 * data). A fit reports it in its summary as the hidden parameter {@code layout}; a fit given it uses it instead of
 * deriving them, so that a fit without a few points differs from the full one only by those points, as
 * cross-validation requires (leave-one-out then follows patch by patch, {@link PuRbfLeaveOneOut}).
 */
public final class PatchLayout {

    final PatchLattice lattice;
    final Domain domain;

    PatchLayout(PatchLattice lattice, Domain domain) {
        this.lattice = lattice;
        this.domain = domain;
    }

    /** Number of patch centres. */
    public int patches() {
        return lattice.count;
    }

    /** The patches' radius before any is grown. */
    public double radius() {
        return lattice.radius;
    }

    public int dimension() {
        return lattice.dim;
    }

    /** Where the fit has values (unless extrapolating). */
    public Domain domain() {
        return domain;
    }

    @Override
    public String toString() {
        return lattice.count + " patches of radius " + (float) lattice.radius + " (from the fit to all the data)";
    }
}
