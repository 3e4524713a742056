package org.geointerp.process;

import it.geosolutions.jaiext.range.NoDataContainer;
import java.awt.Color;
import java.awt.image.BandedSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferFloat;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.LinkedHashMap;
import java.util.Map;
import org.geotools.coverage.Category;
import org.geotools.coverage.CoverageFactoryFinder;
import org.geotools.coverage.GridSampleDimension;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.coverage.grid.GridCoverageFactory;
import org.geotools.coverage.util.CoverageUtilities;

/**
 * Wraps evaluated bands as a 32-bit float {@link GridCoverage2D} over the output envelope. The band arrays become the
 * raster's data buffer without copying. Cells without a value (NaN from the engines) are set to the nodata value,
 * which is declared twice so every consumer sees it: as the {@code GC_NODATA} property (read by GeoTools'
 * GeoTiffWriter, which writes the GDAL_NODATA tag) and as a nodata category of each sample dimension.
 */
public final class GridCoverages {

    private GridCoverages() {}

    /**
     * @param bands row-major band arrays, row 0 at the top (north); modified in place (NaN becomes noData)
     * @param bandNames one name per band
     * @param extraProperties added to the coverage's properties (for example counts of skipped records); may be null
     */
    public static GridCoverage2D create(
            String name,
            OutputGrid grid,
            float[][] bands,
            String[] bandNames,
            double noData,
            Map<String, Object> extraProperties) {
        int w = grid.spec().width();
        int h = grid.spec().height();
        float nd = (float) noData;
        if (!Float.isNaN(nd)) {
            for (float[] band : bands) {
                for (int i = 0; i < band.length; i++) {
                    if (Float.isNaN(band[i])) {
                        band[i] = nd;
                    }
                }
            }
        }
        BandedSampleModel model = new BandedSampleModel(DataBuffer.TYPE_FLOAT, w, h, bands.length);
        WritableRaster raster = Raster.createWritableRaster(model, new DataBufferFloat(bands, w * h), null);
        GridSampleDimension[] dims = new GridSampleDimension[bands.length];
        for (int b = 0; b < bands.length; b++) {
            Category noDataCategory = new Category(Category.NODATA.getName(), new Color(0, 0, 0, 0), noData);
            dims[b] = new GridSampleDimension(bandNames[b], new Category[] {noDataCategory}, null);
        }
        GridCoverageFactory factory = CoverageFactoryFinder.getGridCoverageFactory(null);
        GridCoverage2D plain = factory.create(name, raster, grid.envelope(), dims);
        Map<String, Object> properties = new LinkedHashMap<>(); // ordered: the file metadata lists them so
        if (extraProperties != null) {
            properties.putAll(extraProperties);
        }
        CoverageUtilities.setNoDataProperty(properties, new NoDataContainer(noData));
        return factory.create(name, plain.getRenderedImage(), grid.envelope(), dims, null, properties);
    }
}
