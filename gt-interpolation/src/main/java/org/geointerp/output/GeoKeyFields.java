package org.geointerp.output;

import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.coverage.grid.io.imageio.geotiff.CRS2GeoTiffMetadataAdapter;
import org.geotools.coverage.grid.io.imageio.geotiff.GeoTiffConstants;
import org.geotools.coverage.grid.io.imageio.geotiff.GeoTiffException;
import org.geotools.coverage.grid.io.imageio.geotiff.GeoTiffIIOMetadataEncoder;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The GeoTIFF fields (GeoKey directory, its double and ASCII parameters, pixel scale and tie point) of a CRS and a
 * grid, as GeoTools' own GeoTIFF writer encodes them: GeoTools turns the CRS into GeoKeys (EPSG codes where it knows
 * them, the projection's parameters otherwise) and lays them out as TIFF fields; this class only copies those fields
 * into a {@link TiffDirectory}.
 */
final class GeoKeyFields {

    private GeoKeyFields() {}

    /**
     * @param crs projected or geographic
     * @param gridToCrs the transform from the upper-left corner of cell (col, row) to CRS coordinates
     */
    static void addTo(TiffDirectory ifd, CoordinateReferenceSystem crs, AffineTransform gridToCrs) throws IOException {
        GeoTiffIIOMetadataEncoder geo;
        try {
            geo = new CRS2GeoTiffMetadataAdapter(crs).parseCoordinateReferenceSystem();
        } catch (GeoTiffException e) {
            throw new IOException("GeoTIFF: cannot encode the CRS " + crs.getName() + ": " + e.getMessage(), e);
        }
        geo.addGeoShortParam(GeoTiffConstants.GTRasterTypeGeoKey, GeoTiffConstants.RasterPixelIsArea);
        // GeoTIFF model space is (easting, northing) / (longitude, latitude) whatever the CRS's axis order
        ModelGrid g = ModelGrid.of(gridToCrs, 1, 1);
        geo.setModelPixelScale(g.cellWidth(), g.cellHeight(), 0);
        geo.setModelTiePoint(0, 0, 0, g.west(), g.north(), 0);
        copyFields(geo.createRootTree(), ifd);
    }

    /** Copies the TIFFField elements of GeoTools' metadata tree (shorts, doubles, ASCII) into {@code ifd}. */
    private static void copyFields(Element root, TiffDirectory ifd) throws IOException {
        NodeList fields = root.getElementsByTagName("TIFFField");
        for (int i = 0; i < fields.getLength(); i++) {
            Element field = (Element) fields.item(i);
            int tag = Integer.parseInt(field.getAttribute("number"));
            Element values = firstElement(field);
            if (values == null) {
                continue;
            }
            List<String> v = new ArrayList<>();
            for (Node n = values.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    v.add(e.getAttribute("value"));
                }
            }
            switch (values.getNodeName()) {
                case "TIFFShorts" ->
                    ifd.shorts(tag, v.stream().mapToInt(Integer::parseInt).toArray());
                case "TIFFDoubles" ->
                    ifd.doubles(tag, v.stream().mapToDouble(Double::parseDouble).toArray());
                case "TIFFAsciis" -> ifd.ascii(tag, String.join("", v));
                default ->
                    throw new IOException("GeoTIFF: unexpected field type " + values.getNodeName() + " of tag " + tag
                            + " from GeoTools");
            }
        }
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }
}
