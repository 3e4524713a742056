package org.geointerp.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.geointerp.engine.CrossValidation;
import org.geointerp.engine.CrossValidationResult;
import org.geointerp.engine.Execution;
import org.geointerp.engine.Methods;
import org.geointerp.engine.PointSet;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.type.Name;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.feature.NameImpl;
import org.geotools.process.Process;
import org.geotools.process.ProcessException;
import org.geotools.process.Processors;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

/** interpolation:CrossValidation: found through Processors, equal to the engine's cross-validation, clear errors. */
class CrossValidationProcessTest {

    static final Name NAME = new NameImpl("interpolation", "CrossValidation");

    static Map<String, Object> run(Map<String, Object> input) {
        Process p = Processors.createProcess(NAME);
        assertNotNull(p, "interpolation:CrossValidation must be found through Processors");
        return p.execute(input, null);
    }

    static double[][] sample(int n, long seed) {
        Random r = new Random(seed);
        double[][] p = new double[3][n];
        for (int i = 0; i < n; i++) {
            p[0][i] = 500_000 + 10_000 * r.nextDouble();
            p[1][i] = 5_000_000 + 10_000 * r.nextDouble();
            p[2][i] = Math.sin(p[0][i] / 3000) + Math.cos(p[1][i] / 2000) + 0.1 * r.nextGaussian();
        }
        return p;
    }

    private static Map<String, Object> input(SimpleFeatureCollection fc, MethodName method, String parameters) {
        Map<String, Object> in = new HashMap<>();
        in.put("data", fc);
        in.put("valueAttr", "value");
        in.put("method", method);
        if (parameters != null) {
            in.put("parameters", parameters);
        }
        return in;
    }

    @Test
    void residualsAndFiguresEqualTheEngines() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        double[][] p = sample(120, 4);
        SimpleFeatureCollection fc = TestFeatures.points(utm, p[0], p[1], TestFeatures.boxed(p[2]));
        Map<String, Object> in = input(fc, MethodName.Shepard, "mode=IDW; maxNeighbours=8");
        in.put("folds", 5);
        in.put("seed", 9);
        Map<String, Object> out = run(in);
        CrossValidationResult engine = CrossValidation.run(
                Methods.get("Shepard"),
                Map.of("mode", "IDW", "maxNeighbours", "8"),
                PointSet.of2D(p[0], p[1], p[2]),
                5,
                9,
                Execution.defaults());
        assertEquals(engine.summary().rmse(), (Double) out.get("rmse"), 0.0);
        assertEquals(engine.summary().mae(), (Double) out.get("mae"), 0.0);
        assertEquals(engine.summary().meanError(), (Double) out.get("meanError"), 0.0);
        assertEquals(engine.summary().r2(), (Double) out.get("r2"), 0.0);
        assertEquals(120, out.get("predicted"));
        String used = (String) out.get("usedParameters");
        assertTrue(used.contains("mode=IDW") && used.contains("maxNeighbours=8") && used.contains("radius="), used);
        SimpleFeatureCollection residuals = (SimpleFeatureCollection) out.get("residuals");
        assertEquals(120, residuals.size());
        int i = 0;
        try (SimpleFeatureIterator it = residuals.features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                Point g = (Point) f.getDefaultGeometry();
                assertEquals(p[0][i], g.getX(), 0.0);
                assertEquals(p[1][i], g.getY(), 0.0);
                assertEquals(p[2][i], (Double) f.getAttribute("observed"), 0.0);
                assertEquals(engine.predicted()[i], (Double) f.getAttribute("predicted"), 0.0);
                assertEquals(p[2][i] - engine.predicted()[i], (Double) f.getAttribute("residual"), 0.0);
                assertEquals(engine.fold()[i], f.getAttribute("fold"));
                i++;
            }
        }
    }

    @Test
    void autoTuneDoesNotLoseToTheDefault() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        double[][] p = sample(150, 8);
        SimpleFeatureCollection fc = TestFeatures.points(utm, p[0], p[1], TestFeatures.boxed(p[2]));
        double plain = (Double) run(input(fc, MethodName.Clusterpolate, null)).get("rmse");
        Map<String, Object> tuned = input(fc, MethodName.Clusterpolate, null);
        tuned.put("autoTune", true);
        assertTrue((Double) run(tuned).get("rmse") <= plain);
    }

    @Test
    void badInputNamesTheParameter() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32633");
        double[][] p = sample(20, 2);
        SimpleFeatureCollection fc = TestFeatures.points(utm, p[0], p[1], TestFeatures.boxed(p[2]));
        Map<String, String> cases = Map.of(
                "radius", "parameters: 'radius' is not name=value (entries are separated by ';')",
                "radius=1;radius=2", "parameters: 'radius' is given twice",
                "power=2", "parameters: Shepard has no parameter 'power'",
                "radius=wide", "radius: 'wide' is not a number");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            ProcessException e =
                    assertThrows(ProcessException.class, () -> run(input(fc, MethodName.Shepard, c.getKey())));
            assertTrue(e.getMessage().startsWith(c.getValue()), c.getKey() + " -> " + e.getMessage());
        }
        Map<String, Object> negative = input(fc, MethodName.Shepard, null);
        negative.put("folds", -2);
        assertTrue(assertThrows(ProcessException.class, () -> run(negative))
                .getMessage()
                .startsWith("folds: must be 0 (leave-one-out) or at least 2, got -2"));
        Map<String, Object> tooMany = input(fc, MethodName.Shepard, null);
        tooMany.put("folds", 25);
        assertTrue(assertThrows(ProcessException.class, () -> run(tooMany))
                .getMessage()
                .startsWith("folds: 25 folds need at least 25 distinct locations, the data have 20"));
    }

    @Test
    void methodListIsTheRegistrys() {
        assertEquals(
                Methods.names(),
                List.of(MethodName.values()).stream().map(Enum::name).toList());
    }
}
