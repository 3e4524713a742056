package org.geointerp.engine;

import java.util.Arrays;

/**
 * Scattered observations on primitive arrays: {@code dimension} coordinate arrays of equal length and one value
 * array. Coordinates are stored one array per axis ({@code coordinate(0)} is x, {@code coordinate(1)} is y, ...)
 * because every engine loops over one axis at a time and this layout needs no boxing or copying.
 *
 * <p>The arrays are not copied; callers must not modify them after construction.
 */
public final class PointSet {

    private final double[][] coordinates;
    private final double[] values;

    /**
     * @param coordinates one array per axis, all of the same length
     * @param values one value per point
     * @throws IllegalArgumentException if the arrays disagree in length, a coordinate or value is not finite, or
     *     there are no axes
     */
    public PointSet(double[][] coordinates, double[] values) {
        if (coordinates == null || coordinates.length == 0) {
            throw new IllegalArgumentException("coordinates: at least one axis is required");
        }
        if (values == null) {
            throw new IllegalArgumentException("values: must not be null");
        }
        for (int axis = 0; axis < coordinates.length; axis++) {
            double[] c = coordinates[axis];
            if (c == null || c.length != values.length) {
                throw new IllegalArgumentException("coordinates[" + axis + "]: length "
                        + (c == null ? "null" : c.length) + " differs from values length " + values.length);
            }
            for (int i = 0; i < c.length; i++) {
                if (!Double.isFinite(c[i])) {
                    throw new IllegalArgumentException(
                            "coordinates[" + axis + "][" + i + "]: not a finite number (" + c[i] + ")");
                }
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("values[" + i + "]: not a finite number (" + values[i] + ")");
            }
        }
        this.coordinates = coordinates;
        this.values = values;
    }

    /** A two-dimensional point set. */
    public static PointSet of2D(double[] x, double[] y, double[] values) {
        return new PointSet(new double[][] {x, y}, values);
    }

    public int size() {
        return values.length;
    }

    public int dimension() {
        return coordinates.length;
    }

    /** The coordinates along one axis (0 = x, 1 = y, 2 = z ...); the array itself, not a copy. */
    public double[] coordinate(int axis) {
        return coordinates[axis];
    }

    public double[] x() {
        return coordinates[0];
    }

    public double[] y() {
        return coordinates[1];
    }

    /** The values; the array itself, not a copy. */
    public double[] values() {
        return values;
    }

    /** Smallest value, or NaN when empty. */
    public double minValue() {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    /** Largest value, or NaN when empty. */
    public double maxValue() {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** [min, max] of one axis, or NaN when empty. */
    public double[] range(int axis) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double c : coordinates[axis]) {
            lo = Math.min(lo, c);
            hi = Math.max(hi, c);
        }
        return size() == 0 ? new double[] {Double.NaN, Double.NaN} : new double[] {lo, hi};
    }
}
