package org.geointerp.process;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.geointerp.engine.AutoTune;
import org.geointerp.engine.CrossValidation;
import org.geointerp.engine.CrossValidationResult;
import org.geointerp.engine.CrossValidationSummary;
import org.geointerp.engine.Execution;
import org.geointerp.engine.InterpolationMethod;
import org.geointerp.engine.Methods;
import org.geointerp.engine.PointSet;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.util.ProgressListener;
import org.geotools.data.collection.ListFeatureCollection;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.process.ProcessException;
import org.geotools.process.factory.DescribeParameter;
import org.geotools.process.factory.DescribeProcess;
import org.geotools.process.factory.DescribeResult;
import org.geotools.process.factory.DescribeResults;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Cross-validation of any interpolation method, as a GeoTools process: how well the method, with the given
 * parameters, predicts each data point from the others (leave-one-out) or each fold from the other folds. Outputs
 * the residuals as point features and the summary figures, as gstat's {@code krige.cv} does. Distances (radius,
 * patchSpacing) are in the units of the data's CRS.
 */
@DescribeProcess(
        title = "Cross-validation of an interpolation method",
        description = "Leave-one-out or k-fold cross-validation of Shepard, Akima, Clusterpolate or partition-of-unity"
                + " RBF interpolation on the input points: each point (with the other samples at its location) is"
                + " predicted by the method fitted to the rest. Parameters the method derives from the data are"
                + " derived once from all the points. Returns the residuals (observed - predicted) as points and the"
                + " RMSE, MAE, mean error and R squared.")
public class CrossValidationProcess {

    @DescribeResults({
        @DescribeResult(
                name = "residuals",
                description = "One point per input point with observed, predicted, residual (observed - predicted)"
                        + " and fold; predicted and residual are null where the method had no value",
                type = SimpleFeatureCollection.class,
                primary = true),
        @DescribeResult(name = "rmse", description = "Root mean square residual", type = Double.class),
        @DescribeResult(name = "mae", description = "Mean absolute residual", type = Double.class),
        @DescribeResult(
                name = "meanError",
                description = "Mean residual (observed - predicted): positive when predictions are low",
                type = Double.class),
        @DescribeResult(name = "r2", description = "Coefficient of determination", type = Double.class),
        @DescribeResult(name = "predicted", description = "Points with a prediction", type = Integer.class),
        @DescribeResult(
                name = "usedParameters",
                description = "Every parameter the fits used (name=value;...), derived and tuned ones included",
                type = String.class)
    })
    public Map<String, Object> execute(
            @DescribeParameter(name = "data", description = CommonParameters.DATA) SimpleFeatureCollection data,
            @DescribeParameter(name = "valueAttr", description = CommonParameters.VALUE_ATTR) String valueAttr,
            @DescribeParameter(name = "method", description = "The interpolation method to cross-validate")
                    MethodName method,
            @DescribeParameter(
                            name = "parameters",
                            description = "The method's parameters by their process names, as name=value pairs"
                                    + " separated by ';', e.g. 'radius=250;slopes=false'. Default: the method's"
                                    + " defaults",
                            min = 0)
                    String parameters,
            @DescribeParameter(
                            name = "folds",
                            description = "0 for leave-one-out (default), else the number of folds (at least 2)",
                            min = 0,
                            minValue = 0,
                            defaultValue = "0")
                    Integer folds,
            @DescribeParameter(
                            name = "seed",
                            description = "Seed of the k-fold shuffle (and of autoTune's validation sample): the same"
                                    + " seed gives the same folds",
                            min = 0,
                            defaultValue = "1")
                    Integer seed,
            @DescribeParameter(
                            name = "autoTune",
                            description = "Choose the method's smoothing and scale parameters by leave-one-out"
                                    + " first (those not given in parameters), then cross-validate the choice",
                            min = 0,
                            defaultValue = "false")
                    Boolean autoTune,
            ProgressListener monitor)
            throws ProcessException {
        if (monitor != null) {
            monitor.started();
        }
        if (method == null) {
            throw new ProcessException("method: one of " + Methods.names() + " is required");
        }
        InterpolationMethod m = Methods.get(method.name());
        Map<String, Object> values = MethodParameters.parse(parameters);
        if (data == null) {
            throw new ProcessException("data: a feature collection is required, got null");
        }
        ReferencedEnvelope bounds = data.getBounds();
        CoordinateReferenceSystem crs = data.getSchema().getCoordinateReferenceSystem();
        if (bounds == null || bounds.isNull()) {
            throw new ProcessException("data: no features with a geometry to cross-validate");
        }
        OutputGrid frame = OutputGrid.of(padded(bounds, crs), 1, 1);
        PointFeatures.Result input = PointFeatures.read(data, valueAttr, frame, monitor);
        Execution execution = ProcessExecution.current().withProgress(new ProcessProgress(monitor));
        int k = folds == null ? 0 : folds;
        long s = seed == null ? 1 : seed;
        CrossValidationResult cv;
        try {
            if (Boolean.TRUE.equals(autoTune)) {
                AutoTune.Choice choice = AutoTune.tune(m, values, input.points(), s, execution.stage(0, 0.5));
                values = choice.given();
                execution = execution.stage(0.5, 1);
            }
            cv = CrossValidation.run(m, values, input.points(), k, s, execution);
        } catch (IllegalArgumentException e) {
            throw EngineRefusals.of(e);
        } catch (CancellationException e) {
            throw new ProcessException("CrossValidation: cancelled", e);
        }
        CrossValidationSummary summary = cv.summary();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("residuals", residuals(cv, crs, frame.northFirst()));
        result.put("rmse", summary.rmse());
        result.put("mae", summary.mae());
        result.put("meanError", summary.meanError());
        result.put("r2", summary.r2());
        result.put("predicted", summary.predicted());
        result.put("usedParameters", text(cv.parameters()));
        if (monitor != null) {
            monitor.complete();
        }
        return result;
    }

    /** The data's bounds, grown where they have no extent (one point, or points on a line) so a frame exists. */
    private static ReferencedEnvelope padded(ReferencedEnvelope b, CoordinateReferenceSystem crs) {
        ReferencedEnvelope e = new ReferencedEnvelope(b);
        double pad = Math.max(1e-9, 1e-9 * Math.max(b.getWidth(), b.getHeight()));
        e.expandBy(pad);
        return new ReferencedEnvelope(e, crs);
    }

    /** name=value;... of the parameters that have a text form. */
    static String text(Map<String, Object> parameters) {
        StringBuilder b = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (value instanceof Number
                    || value instanceof Boolean
                    || value instanceof String
                    || value instanceof Enum) {
                b.append(b.length() == 0 ? "" : ";").append(name).append('=').append(value);
            }
        });
        return b.toString();
    }

    private static SimpleFeatureCollection residuals(
            CrossValidationResult cv, CoordinateReferenceSystem crs, boolean northFirst) {
        SimpleFeatureTypeBuilder tb = new SimpleFeatureTypeBuilder();
        tb.setName("residuals");
        tb.setCRS(crs);
        tb.add("geom", Point.class);
        tb.add("observed", Double.class);
        tb.add("predicted", Double.class);
        tb.add("residual", Double.class);
        tb.add("fold", Integer.class);
        SimpleFeatureType type = tb.buildFeatureType();
        // a list keeps the input order (a DefaultFeatureCollection sorts by feature id)
        ListFeatureCollection out = new ListFeatureCollection(type);
        GeometryFactory gf = new GeometryFactory();
        PointSet p = cv.data();
        for (int i = 0; i < p.size(); i++) {
            double e = p.x()[i];
            double n = p.y()[i];
            Point point = gf.createPoint(northFirst ? new Coordinate(n, e) : new Coordinate(e, n));
            double predicted = cv.predicted()[i];
            boolean has = !Double.isNaN(predicted);
            out.add(SimpleFeatureBuilder.build(
                    type,
                    new Object[] {
                        point, p.values()[i], has ? predicted : null, has ? cv.residual(i) : null, cv.fold()[i]
                    },
                    "residuals." + i));
        }
        return out;
    }
}
