package org.geointerp.engine.fielddata;

import java.util.List;

/**
 * The independent tools' leave-one-out predictions on a case ({@code src/test/resources/reference/loo/}): gstat's
 * IDW and ordinary kriging, SciPy's CloughTocher. Read per point, so the tests compute every RMSE themselves and
 * on the same points as ours.
 */
public record PeerReference(
        double[] observed,
        double[] idw10,
        double[] idwAll,
        double[] kriging,
        double[] cloughTocher,
        boolean[] insideHullOfOthers) {

    public static PeerReference of(String caseName) {
        List<double[]> g = FieldCases.readCsv(
                "/reference/loo/" + caseName + "_gstat.csv", "observed", "idw2_nmax10", "idw2_all", "ok_sph");
        List<double[]> s = FieldCases.readCsv("/reference/loo/" + caseName + "_scipy.csv", "observed", "ct", "inside");
        int n = g.size();
        if (s.size() != n) {
            throw new IllegalStateException(caseName + ": gstat has " + n + " rows, SciPy " + s.size());
        }
        double[] obs = new double[n];
        double[] idw10 = new double[n];
        double[] idwAll = new double[n];
        double[] ok = new double[n];
        double[] ct = new double[n];
        boolean[] inside = new boolean[n];
        for (int i = 0; i < n; i++) {
            obs[i] = g.get(i)[0];
            idw10[i] = g.get(i)[1];
            idwAll[i] = g.get(i)[2];
            ok[i] = g.get(i)[3];
            ct[i] = s.get(i)[1];
            inside[i] = s.get(i)[2] == 1;
        }
        return new PeerReference(obs, idw10, idwAll, ok, ct, inside);
    }

    /** gstat's IDW (power 2, 10 nearest) leave-one-out RMSE: the yardstick of the smoothing methods' defaults. */
    public double idw10Rmse() {
        return rmse(idw10, null);
    }

    /** CloughTocher's leave-one-out RMSE over the points inside the hull of the others (where it has a value). */
    public double cloughTocherRmse() {
        return rmse(cloughTocher, insideHullOfOthers);
    }

    /** RMSE of {@code predicted} against the observations over the points {@code keep} selects (null: all), NaN skipped. */
    public double rmse(double[] predicted, boolean[] keep) {
        return new BruteForceLoo.Result(observed, predicted).rmse(keep);
    }
}
