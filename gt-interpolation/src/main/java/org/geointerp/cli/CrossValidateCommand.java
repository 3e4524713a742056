package org.geointerp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geointerp.engine.InterpolationMethod;
import org.geointerp.engine.Methods;
import org.geointerp.process.MethodName;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.feature.NameImpl;
import org.geotools.process.Process;
import org.geotools.process.Processors;
import org.locationtech.jts.geom.Point;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code geointerp cv}: cross-validates every method (or the ones named) on a file through the
 * interpolation:CrossValidation process and prints one row per method, the best marked; with {@code --auto} each
 * method also with its parameters chosen by autoTune; {@code --residuals} writes each run's residual points and a
 * map of them.
 */
@Command(
        name = "cv",
        mixinStandardHelpOptions = true,
        description = {
            "Cross-validation: how well each method predicts every data point from the others (leave-one-out, or"
                    + " k-fold with --folds). Prints method, parameters, RMSE, MAE, bias (mean of observed -"
                    + " predicted), R squared and time; the lowest RMSE is marked with *. Distances in parameters are"
                    + " in units of the input coordinates."
        })
final class CrossValidateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions in;

    @Option(
            names = "--methods",
            split = ",",
            paramLabel = "NAME,...",
            description = "Methods to cross-validate: ${COMPLETION-CANDIDATES}. Default: all.")
    List<MethodName> methods;

    @Option(
            names = "--set",
            paramLabel = "METHOD.NAME=VALUE",
            description = "A method parameter by its process name, e.g. --set Shepard.radius=300 (repeatable).")
    List<String> settings = new ArrayList<>();

    @Option(
            names = "--folds",
            defaultValue = "0",
            paramLabel = "K",
            description = "0 for leave-one-out, else the number of folds. Default: ${DEFAULT-VALUE}.")
    int folds;

    @Option(
            names = "--seed",
            defaultValue = "1",
            paramLabel = "S",
            description = "Seed of the k-fold shuffle and of autoTune's sample. Default: ${DEFAULT-VALUE}.")
    int seed;

    @Option(
            names = "--auto",
            description =
                    "Also cross-validate each method with its smoothing and scale parameters chosen by" + " autoTune.")
    boolean auto;

    @Option(
            names = {"-o", "--residuals"},
            paramLabel = "BASE",
            description = "Write each run's residuals to BASE_METHOD[_auto].csv (x, y, observed, predicted, residual,"
                    + " fold) and a map of them, BASE_METHOD[_auto].png (blue: predicted too high, red: too low).")
    Path residuals;

    /** One cross-validation run, for the table. */
    private record Row(String label, String parameters, Map<String, Object> out, double seconds) {}

    @Override
    public Integer call() throws IOException {
        SimpleFeatureCollection data = in.read();
        Map<String, Map<String, Object>> perMethod = settingsByMethod();
        List<MethodName> chosen = methods == null || methods.isEmpty() ? List.of(MethodName.values()) : methods;
        List<Row> rows = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        for (MethodName m : chosen) {
            Map<String, Object> given = perMethod.getOrDefault(m.name(), Map.of());
            for (boolean tuned : auto ? new boolean[] {false, true} : new boolean[] {false}) {
                Map<String, Object> params = new HashMap<>();
                params.put("data", data);
                params.put("valueAttr", in.valueColumn);
                params.put("method", m);
                params.put("parameters", text(given));
                params.put("folds", folds);
                params.put("seed", seed);
                params.put("autoTune", tuned);
                Process process = Processors.createProcess(new NameImpl("interpolation", "CrossValidation"));
                long start = System.nanoTime();
                Map<String, Object> out = process.execute(params, new ConsoleProgress(err));
                double seconds = (System.nanoTime() - start) / 1e9;
                String label = m.name() + (tuned ? " (auto)" : "");
                rows.add(new Row(label, (String) out.get("usedParameters"), out, seconds));
                if (residuals != null) {
                    writeResiduals((SimpleFeatureCollection) out.get("residuals"), m.name() + (tuned ? "_auto" : ""));
                }
            }
        }
        print(rows);
        return 0;
    }

    /** --set values grouped by method, checked against the registry before any run. */
    private Map<String, Map<String, Object>> settingsByMethod() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (String s : settings) {
            int dot = s.indexOf('.');
            int eq = s.indexOf('=');
            if (dot <= 0 || eq < dot) {
                throw new IllegalArgumentException("--set: '" + s + "' is not METHOD.NAME=VALUE");
            }
            InterpolationMethod m = Methods.get(s.substring(0, dot));
            String name = s.substring(dot + 1, eq).strip();
            m.parameter(name).parse(s.substring(eq + 1));
            out.computeIfAbsent(m.name(), k -> new LinkedHashMap<>())
                    .put(name, s.substring(eq + 1).strip());
        }
        return out;
    }

    private static String text(Map<String, Object> values) {
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) ->
                b.append(b.length() == 0 ? "" : ";").append(k).append('=').append(v));
        return b.toString();
    }

    private void print(List<Row> rows) {
        PrintWriter out = spec.commandLine().getOut();
        int best = -1;
        for (int i = 0; i < rows.size(); i++) {
            double rmse = (Double) rows.get(i).out().get("rmse");
            if (!Double.isNaN(rmse)
                    && (best < 0 || rmse < (Double) rows.get(best).out().get("rmse"))) {
                best = i;
            }
        }
        out.println((folds == 0 ? "leave-one-out" : folds + "-fold") + " cross-validation of " + in.input);
        out.printf(
                Locale.ROOT,
                "  %-28s %9s %9s %9s %7s %9s %8s  %s%n",
                "method",
                "RMSE",
                "MAE",
                "bias",
                "R2",
                "predicted",
                "time s",
                "parameters");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            out.printf(
                    Locale.ROOT,
                    "%s %-28s %9.4g %9.4g %9.3g %7.3f %9d %8.2f  %s%n",
                    i == best ? "*" : " ",
                    r.label(),
                    r.out().get("rmse"),
                    r.out().get("mae"),
                    r.out().get("meanError"),
                    r.out().get("r2"),
                    r.out().get("predicted"),
                    r.seconds(),
                    r.parameters());
        }
        out.flush();
    }

    private void writeResiduals(SimpleFeatureCollection fc, String suffix) throws IOException {
        Path base = residuals.toAbsolutePath();
        if (base.getParent() != null) {
            Files.createDirectories(base.getParent());
        }
        Path csv = base.resolveSibling(base.getFileName() + "_" + suffix + ".csv");
        List<double[]> points = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        lines.add("x,y,observed,predicted,residual,fold");
        try (SimpleFeatureIterator it = fc.features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                Point p = (Point) f.getDefaultGeometry();
                Double predicted = (Double) f.getAttribute("predicted");
                Double residual = (Double) f.getAttribute("residual");
                lines.add(p.getX() + "," + p.getY() + "," + f.getAttribute("observed") + ","
                        + (predicted == null ? "" : predicted) + "," + (residual == null ? "" : residual) + ","
                        + f.getAttribute("fold"));
                points.add(new double[] {p.getX(), p.getY(), residual == null ? Double.NaN : residual});
            }
        }
        Files.write(csv, lines, StandardCharsets.UTF_8);
        Path png = base.resolveSibling(base.getFileName() + "_" + suffix + ".png");
        ResidualPicture.write(points, png, suffix.replace('_', ' ') + " residuals (observed - predicted)");
        spec.commandLine().getOut().println("wrote " + csv + " and " + png);
    }
}
