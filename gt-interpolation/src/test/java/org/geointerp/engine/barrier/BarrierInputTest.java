package org.geointerp.engine.barrier;

import static org.geointerp.engine.barrier.StraightBarrierTest.wkt;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class BarrierInputTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final Geometry LINE = wkt("LINESTRING (0 0, 1 1)");

    private static void refused(List<Geometry> geometries, double[] strengths, String... parts) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> BarrierSet.of(geometries, strengths));
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' should contain '" + part + "'");
        }
    }

    @Test
    void nullListAndNullGeometry() {
        refused(null, null, "barriers", "null");
        refused(Arrays.asList(LINE, null), null, "barriers[1]", "null");
    }

    @Test
    void emptyGeometry() {
        refused(List.of(LINE, wkt("LINESTRING EMPTY")), null, "barriers[1]", "empty", "LineString");
        refused(List.of(wkt("POLYGON EMPTY")), null, "barriers[0]", "empty", "Polygon");
    }

    @Test
    void points() {
        refused(List.of(wkt("POINT (1 2)")), null, "barriers[0]", "points", "Point");
        refused(List.of(LINE, wkt("MULTIPOINT ((1 2), (3 4))")), null, "barriers[1]", "points", "MultiPoint");
        refused(
                List.of(wkt("GEOMETRYCOLLECTION (LINESTRING (0 0, 1 0), POINT (5 6))")),
                null,
                "barriers[0]",
                "points",
                "Point");
    }

    @Test
    void nonFiniteCoordinates() {
        Geometry nan = GF.createLineString(new Coordinate[] {new Coordinate(0, 0), new Coordinate(Double.NaN, 1)});
        refused(List.of(nan), null, "barriers[0]", "finite", "NaN");
        Geometry inf = GF.createLineString(
                new Coordinate[] {new Coordinate(0, 0), new Coordinate(1, Double.POSITIVE_INFINITY)});
        refused(List.of(LINE, inf), null, "barriers[1]", "finite", "Infinity");
    }

    @Test
    void zeroLengthLine() {
        refused(List.of(wkt("LINESTRING (1 1, 1 1)")), null, "barriers[0]", "zero length", "(1.0, 1.0)");
    }

    @Test
    void invalidPolygons() {
        refused(
                List.of(wkt("POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))")),
                null,
                "barriers[0]",
                "invalid Polygon",
                "Self-intersection",
                "(0.5, 0.5)");
        refused(
                List.of(LINE, wkt("MULTIPOLYGON (((0 0, 2 0, 2 2, 0 2, 0 0)), ((1 1, 3 1, 3 3, 1 3, 1 1)))")),
                null,
                "barriers[1]",
                "invalid MultiPolygon");
        refused(
                List.of(wkt("GEOMETRYCOLLECTION (POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0)))")),
                null,
                "barriers[0]",
                "invalid Polygon");
    }

    @Test
    void badStrengths() {
        refused(List.of(LINE, LINE), new double[] {1}, "strengths", "(2)", "got 1");
        refused(List.of(LINE, LINE), new double[] {1, -1}, "barriers[1]", "strength", "-1.0");
        refused(List.of(LINE), new double[] {Double.POSITIVE_INFINITY}, "barriers[0]", "strength", "Infinity");
    }

    @Test
    void validInputsAreAccepted() {
        BarrierSet set = BarrierSet.of(
                List.of(
                        LINE,
                        wkt("LINEARRING (0 0, 1 0, 1 1, 0 0)"),
                        wkt("MULTILINESTRING ((0 0, 1 0), (2 2, 3 3))"),
                        wkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))"),
                        wkt(
                                "GEOMETRYCOLLECTION (LINESTRING (0 0, 1 0), POLYGON ((7 7, 8 7, 8 8, 7 7)), LINESTRING EMPTY)")),
                new double[] {Double.NaN, 0, 1.5, Double.NaN, 2});
        assertTrue(!set.isEmpty());
    }
}
