package org.geointerp.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.geointerp.engine.barrier.BarrierSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * detour() and near() calls per second in Shepard's benchmark scenario: 100 random barrier lines in the unit
 * square, evaluation points P next to a barrier (where the engine calls detour at all: near(P, 0.02) true) and data
 * points D at 0.005..0.02 from P, path length limit 0.03. {@code lines}: "chords" joins two uniform random points
 * (mean length 0.52), "short" are random segments of length 0.1.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class BarrierBenchmark {

    private static final int PAIRS = 1 << 14;
    private static final double MAX_PATH = 0.03;

    @Param({"chords", "short"})
    String lines;

    private BarrierSet.Query query;
    private final double[] pairs = new double[4 * PAIRS];
    private final double[] points = new double[2 * PAIRS];
    private int next;

    @Setup
    public void setup() {
        Random r = new Random(42);
        GeometryFactory gf = new GeometryFactory();
        List<Geometry> barriers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Coordinate a = new Coordinate(r.nextDouble(), r.nextDouble());
            Coordinate b;
            if (lines.equals("chords")) {
                b = new Coordinate(r.nextDouble(), r.nextDouble());
            } else {
                double t = r.nextDouble() * 2 * Math.PI;
                b = new Coordinate(a.x + 0.1 * Math.cos(t), a.y + 0.1 * Math.sin(t));
            }
            barriers.add(gf.createLineString(new Coordinate[] {a, b}));
        }
        query = BarrierSet.of(barriers, null).query();
        for (int k = 0; k < PAIRS; ) {
            double px = r.nextDouble();
            double py = r.nextDouble();
            if (!query.near(px, py, 0.02)) {
                continue;
            }
            double t = r.nextDouble() * 2 * Math.PI;
            double len = 0.005 + r.nextDouble() * 0.015;
            pairs[4 * k] = px;
            pairs[4 * k + 1] = py;
            pairs[4 * k + 2] = px + len * Math.cos(t);
            pairs[4 * k + 3] = py + len * Math.sin(t);
            k++;
        }
        for (int k = 0; k < 2 * PAIRS; k++) {
            points[k] = r.nextDouble();
        }
    }

    @Benchmark
    public double detour() {
        int k = 4 * (next++ & (PAIRS - 1));
        return query.detour(pairs[k], pairs[k + 1], pairs[k + 2], pairs[k + 3], MAX_PATH);
    }

    @Benchmark
    public boolean near() {
        int k = 2 * (next++ & (PAIRS - 1));
        return query.near(points[k], points[k + 1], 0.02);
    }
}
