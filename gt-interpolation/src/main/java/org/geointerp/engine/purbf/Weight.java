package org.geointerp.engine.purbf;

/**
 * The partition-of-unity weight generating function: Wendland's C2 function of the distance over the patch
 * radius, as in the paper (Shepard weights {@code W_j = phi_j / sum_k phi_k}). It is zero outside the patch, so
 * only the patches containing a point contribute there.
 */
final class Weight {

    private Weight() {}

    /** The unnormalised weight at squared distance {@code d2} from a patch centre with squared radius {@code r2}. */
    static double of(double d2, double r2, double radius) {
        if (d2 >= r2) {
            return 0;
        }
        double t = Math.sqrt(d2) / radius;
        double u = 1 - t;
        double u2 = u * u;
        return u2 * u2 * (4 * t + 1);
    }
}
