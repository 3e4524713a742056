package org.geointerp.bench;

import java.util.Random;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;

/**
 * The three clusterpolate speed cases of issue 3, generated deterministically so the JMH benchmark and the
 * side-by-side driver run on the same points and grids.
 */
public enum ClusterpolateCases {

    /** The package's own example: 500 points on a noisy arc, 500 x 500 targets over [-1.5, 1.5]^2, radius 0.2. */
    ARC(500, 500, 500, -1.5, -1.5, 1.5, 1.5) {
        @Override
        public PointSet points() {
            // the package's generator: angles ~ N(0, 0.75) - 0.2 pi, radii ~ N(1, 0.05), value sin(angle) + N(0, 0.5)
            Random r = new Random(0);
            double[] x = new double[count];
            double[] y = new double[count];
            double[] z = new double[count];
            for (int i = 0; i < count; i++) {
                double angle = r.nextGaussian() * 0.75 - 0.2 * Math.PI;
                double radius = 1 + r.nextGaussian() * 0.05;
                x[i] = radius * Math.sin(angle);
                y[i] = radius * Math.cos(angle);
                z[i] = Math.sin(angle) + r.nextGaussian() * 0.5;
            }
            return PointSet.of2D(x, y, z);
        }

        @Override
        public double radius() {
            return 0.2;
        }
    },

    /** 100,000 uniform points in the unit square to 500 x 500, radius giving about 20 points per disc. */
    UNIFORM_100K(100_000, 500, 500, 0, 0, 1, 1) {
        @Override
        public PointSet points() {
            Random r = new Random(1);
            double[] x = new double[count];
            double[] y = new double[count];
            double[] z = new double[count];
            for (int i = 0; i < count; i++) {
                x[i] = r.nextDouble();
                y[i] = r.nextDouble();
                z[i] = x[i] + y[i] + r.nextGaussian() * 0.1;
            }
            return PointSet.of2D(x, y, z);
        }

        @Override
        public double radius() {
            return twentyPerDisc(count);
        }
    },

    /**
     * 1,000,000 points in 40 Gaussian clusters of different spread over the unit square, to 4000 x 4000; radius
     * giving about 20 points per disc at the average density (many more inside the clusters, none between them).
     */
    CLUSTERED_1M(1_000_000, 4000, 4000, 0, 0, 1, 1) {
        @Override
        public PointSet points() {
            Random r = new Random(2);
            int clusters = 40;
            double[] cx = new double[clusters];
            double[] cy = new double[clusters];
            double[] spread = new double[clusters];
            for (int c = 0; c < clusters; c++) {
                cx[c] = 0.1 + 0.8 * r.nextDouble();
                cy[c] = 0.1 + 0.8 * r.nextDouble();
                spread[c] = 0.01 + 0.05 * r.nextDouble();
            }
            double[] x = new double[count];
            double[] y = new double[count];
            double[] z = new double[count];
            for (int i = 0; i < count; i++) {
                int c = r.nextInt(clusters);
                x[i] = cx[c] + r.nextGaussian() * spread[c];
                y[i] = cy[c] + r.nextGaussian() * spread[c];
                z[i] = c + r.nextGaussian();
            }
            return PointSet.of2D(x, y, z);
        }

        @Override
        public double radius() {
            return twentyPerDisc(count);
        }
    };

    final int count;
    private final int width;
    private final int height;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;

    ClusterpolateCases(int count, int width, int height, double minX, double minY, double maxX, double maxY) {
        this.count = count;
        this.width = width;
        this.height = height;
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
    }

    /** The data points. */
    public abstract PointSet points();

    /** The kernel radius in coordinate units. */
    public abstract double radius();

    public GridSpec grid() {
        return new GridSpec(minX, minY, maxX, maxY, width, height);
    }

    /** The radius whose disc holds 20 points on average for {@code n} uniform points in the unit square. */
    private static double twentyPerDisc(int n) {
        return Math.sqrt(20.0 / (Math.PI * n));
    }
}
