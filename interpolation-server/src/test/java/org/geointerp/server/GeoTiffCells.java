package org.geointerp.server;

import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.gce.geotiff.GeoTiffReader;

/** The cell values of a GeoTIFF the server returned, row by row. */
final class GeoTiffCells {
    private GeoTiffCells() {}

    static float[] of(byte[] tiff) throws Exception {
        GeoTiffReader reader = new GeoTiffReader(new ByteArrayInputStream(tiff));
        try {
            GridCoverage2D c = reader.read(null);
            Raster r = c.getRenderedImage().getData();
            return r.getPixels(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), (float[]) null);
        } finally {
            reader.dispose();
        }
    }
}
