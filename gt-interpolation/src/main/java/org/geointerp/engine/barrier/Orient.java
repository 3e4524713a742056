package org.geointerp.engine.barrier;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;

/**
 * Exact orientation of three points: every blocked/not-blocked decision in this package rests on it, so a rounding
 * error must never flip a sign (a path would slip through a barrier). A plain double determinant answers when its
 * magnitude exceeds Shewchuk's forward error bound (almost always, and fast); otherwise JTS's double-double
 * evaluation decides.
 */
final class Orient {

    /** Shewchuk's bound for this determinant is 3.33e-16 times the sum of the absolute products; rounded up. */
    private static final double ERROR_BOUND = 4e-16;

    private Orient() {}

    /** +1 when C lies left of the directed line A->B, -1 when right, 0 when the three points are collinear. */
    static int index(double ax, double ay, double bx, double by, double cx, double cy) {
        double left = (bx - ax) * (cy - ay);
        double right = (by - ay) * (cx - ax);
        double det = left - right;
        double bound = ERROR_BOUND * (Math.abs(left) + Math.abs(right));
        if (det > bound) {
            return 1;
        }
        if (det < -bound) {
            return -1;
        }
        return CGAlgorithmsDD.orientationIndex(ax, ay, bx, by, cx, cy);
    }

    /**
     * For V collinear with A and B: true when V lies strictly between them. Along the dominant axis the order of
     * collinear points is exact, because comparing doubles is.
     */
    static boolean strictlyBetween(double ax, double ay, double bx, double by, double vx, double vy) {
        if (Math.abs(bx - ax) >= Math.abs(by - ay)) {
            return ax < bx ? ax < vx && vx < bx : bx < vx && vx < ax;
        }
        return ay < by ? ay < vy && vy < by : by < vy && vy < ay;
    }

    /** For X collinear with V and A (X, A different from V): true when X lies on the ray from V through A. */
    static boolean sameDirection(double vx, double vy, double ax, double ay, double xx, double xy) {
        // Signs of differences of doubles are exact, and collinear points agree in both signs iff same ray.
        return Math.signum(ax - vx) == Math.signum(xx - vx) && Math.signum(ay - vy) == Math.signum(xy - vy);
    }
}
