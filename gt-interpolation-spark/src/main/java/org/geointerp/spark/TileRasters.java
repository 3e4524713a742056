package org.geointerp.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.geointerp.engine.GridSpec;
import org.geointerp.process.GridCoverages;
import org.geointerp.process.OutputGrid;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;

/**
 * Wraps a piece's bands as the {@code GridCoverage2D} Sedona's raster type holds, as the processes do
 * ({@link GridCoverages}: 32-bit float bands, nodata declared, the fit's fixed parameters as properties).
 */
final class TileRasters implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Decoded CRSs per JVM: decoding an EPSG code reads the EPSG database. */
    private static final Map<String, CoordinateReferenceSystem> CRS_CACHE = new ConcurrentHashMap<>();

    private final String method;
    private final String crs;
    private final double noData;
    private final LinkedHashMap<String, String> properties;

    TileRasters(String method, String crs, double noData, Map<String, String> fixed) {
        this.method = method;
        this.crs = crs;
        this.noData = noData;
        this.properties = new LinkedHashMap<>();
        properties.put("interpolation.method", method);
        fixed.forEach((k, v) -> properties.put("interpolation." + k, v));
    }

    /** The EPSG code of the grid's CRS, for geometries' SRID; 0 when there is none. */
    int srid() {
        if (crs == null) {
            return 0;
        }
        try {
            Integer code = CRS.lookupEpsgCode(crs(), false);
            return code == null ? 0 : code;
        } catch (Exception e) {
            return 0;
        }
    }

    CoordinateReferenceSystem crs() {
        return crs == null ? null : CRS_CACHE.computeIfAbsent(crs, c -> InterpolationRequest.decode("crs", c));
    }

    GridCoverage2D coverage(GridSpec window, float[][] bands, String[] names) {
        ReferencedEnvelope env =
                new ReferencedEnvelope(window.minX(), window.maxX(), window.minY(), window.maxY(), crs());
        OutputGrid grid = OutputGrid.of(env, window.width(), window.height());
        return GridCoverages.create(method, grid, bands, names, noData, new LinkedHashMap<>(properties));
    }
}
