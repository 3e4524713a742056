package org.geointerp.engine.akima;

import org.geointerp.engine.Execution;
import org.geointerp.engine.FitSummary;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.LeaveOneOutPredictor;
import org.geointerp.engine.LocationGroups;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.RowEvaluator;
import org.geointerp.engine.Surface;

/**
 * The fitted Akima 761 surface: the quintic patches on the triangles of the data area and, when extrapolation is
 * on, Appendix B's polynomials outside it (NaN there otherwise). Immutable; evaluation state lives in per-thread
 * {@link Cursor}s.
 */
public final class AkimaSurface implements Surface, LeaveOneOutPredictor {

    private final Frame frame;
    private final Mesh mesh;
    private final VertexData data;
    private final TriangleLocator locator;
    private final boolean extrapolate;
    private final int mergedAway;
    private final AkimaOptions options;
    private final AkimaInterpolator.NearMerge near;
    /** Per-axis distance (data units) under which samples were merged; 0 with {@code PAPER} (exact coincidence). */
    private final double mergeTolerance;
    /** The fitted (merged) point each vertex is: vertex p is point {@code original[p]}. */
    private final int[] original;

    AkimaSurface(
            Frame frame,
            TriangleLocator locator,
            VertexData data,
            AkimaOptions options,
            int mergedAway,
            AkimaInterpolator.NearMerge near,
            double mergeTolerance,
            int[] original) {
        this.options = options;
        this.near = near;
        this.mergeTolerance = mergeTolerance;
        this.original = original;
        this.frame = frame;
        this.mesh = locator.mesh();
        this.data = data;
        this.locator = locator;
        this.extrapolate = options.extrapolate();
        this.mergedAway = mergedAway;
    }

    @Override
    public FitSummary summary() {
        java.util.List<String> warnings = new java.util.ArrayList<>();
        int exact = mergedAway - near.mergedAway();
        if (exact > 0) {
            warnings.add(exact + " points at the location of another were merged into it with the mean value");
        }
        if (near.mergedAway() > 0) {
            warnings.add(near.mergedAway() + " samples within " + near.tolerance()
                    + " (a hundredth of the mean spacing) of another were merged into one location with the mean"
                    + " value");
        }
        java.util.Map<String, Object> parameters = new java.util.LinkedHashMap<>();
        parameters.put("extrapolate", extrapolate);
        parameters.put("preset", options.preset());
        java.util.Map<String, Object> diagnostics = new java.util.LinkedHashMap<>();
        diagnostics.put("nearDuplicatesMerged", near.mergedAway());
        diagnostics.put("nearDuplicateTolerance", mergeTolerance);
        return new FitSummary(data.z.length, mergedAway, parameters, diagnostics, warnings);
    }

    /** The settings of the fit. */
    public AkimaOptions options() {
        return options;
    }

    /** Samples merged into another location beyond exact coincidence ({@link AkimaOptions.Preset#ROBUST}). */
    public int nearDuplicatesMerged() {
        return near.mergedAway();
    }

    /** Per-axis distance (data units) under which samples count as one location; 0: exact coincidence only. */
    public double mergeTolerance() {
        return mergeTolerance;
    }

    /** Largest per-axis extent (data units) of a group of samples merged into one location. */
    double largestMergedExtent() {
        return near.largestExtent();
    }

    /** Whether values outside the triangulated area are extrapolated (else NaN). */
    public boolean extrapolates() {
        return extrapolate;
    }

    /** Number of triangles of the data area (after thin-triangle removal). */
    public int triangleCount() {
        return mesh.triangleCount();
    }

    /** Number of border segments of the data area. */
    public int borderSegmentCount() {
        return mesh.border.length;
    }

    @Override
    public double value(double x, double y) {
        return new Cursor().value(frame.u(x), frame.v(y));
    }

    /**
     * Leave-one-out by local refits: a fit to the points within a halo of each location, once proven to compute
     * there as a fit to all the other points would ({@link AkimaLeaveOneOut}); a whole refit where no halo short of
     * all the points can be proven (near the border of the data).
     */
    @Override
    public Predictions predictLeaveOneOut(PointSet points, LocationGroups groups, int[] targets, Execution execution) {
        return new AkimaLeaveOneOut(this, points, groups).predict(targets, execution);
    }

    /** The triangle holding (x, y), or -1 outside the triangulated area. */
    int locate(double x, double y) {
        return locator.locate(frame.u(x), frame.v(y), -1);
    }

    /** Vertex p of the mesh is the fitted point {@code original()[p]}. */
    int[] original() {
        return original;
    }

    @Override
    public RowEvaluator rowEvaluator() {
        Cursor cursor = new Cursor();
        return (GridSpec grid, int row, float[][] out) -> {
            float[] band = out[0];
            int base = row * grid.width();
            double v = frame.v(grid.y(row));
            cursor.beginRow();
            for (int col = 0; col < grid.width(); col++) {
                band[base + col] = (float) cursor.value(frame.u(grid.x(col)), v);
            }
        };
    }

    Mesh mesh() {
        return mesh;
    }

    Frame frame() {
        return frame;
    }

    VertexData data() {
        return data;
    }

    /** Value of the patch of triangle {@code t} at (x, y), even outside t: for continuity checks across edges. */
    double patchValue(int t, double x, double y) {
        TrianglePatch patch = new TrianglePatch();
        patch.load(mesh, data, t);
        return patch.value(frame.u(x), frame.v(y));
    }

    /**
     * One thread's evaluation state: the last triangle's patch, reused while points stay in it, and the triangle of
     * the first cell of the last row. A row's first cell is searched from there, one row up, not from the end of the
     * last row: that walk crossed the whole grid (about sqrt(triangles) steps per row, a fifth of a 2000 x 2000
     * grid's time).
     */
    private final class Cursor {
        private final TrianglePatch patch = new TrianglePatch();
        private final BorderExtrapolation outside = extrapolate ? new BorderExtrapolation(mesh, data) : null;
        private int rowStart = -1;
        private boolean firstOfRow;

        void beginRow() {
            firstOfRow = true;
        }

        double value(double u, double v) {
            int last = patch.triangle();
            boolean first = firstOfRow;
            firstOfRow = false;
            if (!first && last >= 0 && locator.contains(last, u, v)) {
                return patch.value(u, v);
            }
            int t = locator.locate(u, v, first && rowStart >= 0 ? rowStart : last);
            if (first && t >= 0) {
                rowStart = t;
            }
            if (t < 0) {
                return outside == null ? Double.NaN : outside.value(u, v);
            }
            if (t != last) {
                patch.load(mesh, data, t);
            }
            return patch.value(u, v);
        }
    }
}
