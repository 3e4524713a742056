package org.geointerp.process;

import org.geointerp.engine.GridSpec;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.process.ProcessException;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * The requested output raster: the {@code outputBBOX} envelope and its CRS, the grid size, and the engine's view of
 * it. The engines work in (east, north) order; a CRS whose first axis points north (EPSG:4326 without
 * {@code org.geotools.referencing.forceXY}) has its axes swapped on the way in, and GeoTools' grid geometry puts
 * image columns along the east axis on the way out.
 */
public final class OutputGrid {

    private final ReferencedEnvelope envelope;
    private final GridSpec spec;
    private final boolean northFirst;

    private OutputGrid(ReferencedEnvelope envelope, GridSpec spec, boolean northFirst) {
        this.envelope = envelope;
        this.spec = spec;
        this.northFirst = northFirst;
    }

    /**
     * Validates the common output parameters: names the parameter and the value when one is missing or wrong, or the
     * grid exceeds {@link GridLimits#maxCells()}.
     */
    public static OutputGrid of(ReferencedEnvelope outputBBOX, Integer outputWidth, Integer outputHeight) {
        if (outputBBOX == null || outputBBOX.isEmpty()) {
            throw new ProcessException("outputBBOX: a non-empty output envelope is required, got " + outputBBOX);
        }
        if (outputWidth == null || outputWidth <= 0) {
            throw new ProcessException("outputWidth: must be a positive number of cells, got " + outputWidth);
        }
        if (outputHeight == null || outputHeight <= 0) {
            throw new ProcessException("outputHeight: must be a positive number of cells, got " + outputHeight);
        }
        long cells = (long) outputWidth * outputHeight;
        long limit = GridLimits.maxCells();
        if (cells > limit) {
            throw new ProcessException("outputWidth x outputHeight: " + outputWidth + " x " + outputHeight + " = "
                    + cells + " cells exceeds the limit of " + limit + " (system property " + GridLimits.PROPERTY
                    + ")");
        }
        CoordinateReferenceSystem crs = outputBBOX.getCoordinateReferenceSystem();
        boolean northFirst = crs != null && CRS.getAxisOrder(crs) == CRS.AxisOrder.NORTH_EAST;
        int east = northFirst ? 1 : 0;
        int north = northFirst ? 0 : 1;
        try {
            GridSpec spec = new GridSpec(
                    outputBBOX.getMinimum(east),
                    outputBBOX.getMinimum(north),
                    outputBBOX.getMaximum(east),
                    outputBBOX.getMaximum(north),
                    outputWidth,
                    outputHeight);
            return new OutputGrid(outputBBOX, spec, northFirst);
        } catch (IllegalArgumentException e) {
            throw new ProcessException("outputBBOX: " + e.getMessage());
        }
    }

    public ReferencedEnvelope envelope() {
        return envelope;
    }

    /** The CRS of the output (and of every distance parameter); may be null for plain coordinates. */
    public CoordinateReferenceSystem crs() {
        return envelope.getCoordinateReferenceSystem();
    }

    /** The grid in (east, north) order, as the engines see it. */
    public GridSpec spec() {
        return spec;
    }

    /** True when the CRS lists north first, so coordinates are swapped to reach (east, north). */
    public boolean northFirst() {
        return northFirst;
    }

    /**
     * A geometry in the output CRS as the engines see it, in (east, north) order: a swapped copy when the CRS lists
     * north first, else the geometry itself.
     */
    public Geometry toEngineOrder(Geometry g) {
        if (!northFirst) {
            return g;
        }
        Geometry swapped = g.copy();
        swapped.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double x = seq.getX(i);
                seq.setOrdinate(i, 0, seq.getY(i));
                seq.setOrdinate(i, 1, x);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return swapped;
    }
}
