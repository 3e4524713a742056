package org.geointerp.process;

import org.geotools.api.coverage.grid.GridGeometry;
import org.geotools.api.data.Query;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.FilterFactory;
import org.geotools.api.filter.spatial.BBOX;
import org.geotools.api.geometry.Bounds;
import org.geotools.coverage.grid.GeneralGridGeometry;
import org.geotools.factory.CommonFactoryFinder;
import org.geotools.filter.visitor.DuplicatingFilterVisitor;
import org.geotools.process.ProcessException;

/**
 * Widens the query a rendering transformation sends to its source layer, so that a map tile reads every feature
 * that can influence its cells and adjacent tiles join without seams.
 *
 * <p>The renderer's query holds a BBOX filter in the layer's CRS; the influence distance is in output-CRS units.
 * Each BBOX is grown by the same fraction of its size as the buffer is of the output envelope's size, which is exact
 * when both CRSs are the same and a close proportional estimate otherwise. With no buffer (a method whose reach
 * depends on all the data) the spatial filter is dropped, so every tile sees the whole layer and agrees with a
 * single request over everything.
 */
public final class TileQueries {

    private static final FilterFactory FF = CommonFactoryFinder.getFilterFactory();

    private TileQueries() {}

    /**
     * @param buffer the distance (output CRS units) within which data affect a cell; null for "all data"
     */
    public static Query expand(Query targetQuery, GridGeometry targetGridGeometry, Double buffer) {
        Query q = new Query(targetQuery);
        // every attribute: the value attribute is named in the process parameters, not in the style
        q.setProperties(Query.ALL_PROPERTIES);
        if (buffer == null) {
            q.setFilter(withoutBBox(q.getFilter()));
            return q;
        }
        if (!(targetGridGeometry instanceof GeneralGridGeometry general)) {
            throw new ProcessException("targetGridGeometry: expected a GeoTools grid geometry with an envelope, got "
                    + targetGridGeometry);
        }
        Bounds out = general.getEnvelope();
        double fx = buffer / out.getSpan(0);
        double fy = buffer / out.getSpan(1);
        q.setFilter((Filter) q.getFilter()
                .accept(
                        new DuplicatingFilterVisitor() {
                            @Override
                            public Object visit(BBOX filter, Object extraData) {
                                Bounds b = filter.getBounds();
                                double dx = b.getSpan(0) * Math.max(fx, fy);
                                double dy = b.getSpan(1) * Math.max(fx, fy);
                                String srs = b.getCoordinateReferenceSystem() == null
                                        ? null
                                        : org.geotools.referencing.CRS.toSRS(b.getCoordinateReferenceSystem());
                                return getFactory(extraData)
                                        .bbox(
                                                filter.getExpression1(),
                                                b.getMinimum(0) - dx,
                                                b.getMinimum(1) - dy,
                                                b.getMaximum(0) + dx,
                                                b.getMaximum(1) + dy,
                                                srs);
                            }
                        },
                        FF));
        return q;
    }

    /** The filter with every BBOX replaced by INCLUDE. */
    private static Filter withoutBBox(Filter f) {
        return (Filter) f.accept(
                new DuplicatingFilterVisitor() {
                    @Override
                    public Object visit(BBOX filter, Object extraData) {
                        return Filter.INCLUDE;
                    }
                },
                FF);
    }
}
