package org.geointerp.spark;

import java.util.Map;
import org.geointerp.engine.purbf.PuRbfOptions;

/**
 * How far beyond each tile its points are read, per method, with every parameter fixed:
 * <ul>
 *   <li>Clusterpolate: the radius (a cell sees only points strictly closer).</li>
 *   <li>Partition-of-unity RBF with a patch spacing s: a patch covering a cell has its centre within one patch
 *       radius of it and its points within one fit radius of the centre, {@code sqrt(2) s (1 + 1.5)}, plus one
 *       spacing of margin (the process's {@code invertQuery} reach).</li>
 *   <li>Shepard: a cell uses the points within {@code max(r, d_(m+1))} of it (r the radius, d_(m+1) the distance to
 *       its (minNeighbours + 1)-th nearest point), and each of those points' slopes uses the points within the
 *       same distance of that point; both distances are bounded per tile from the {@link DensityGrid}, so a tile
 *       in an empty area reads farther, a dense one no farther than needed (at least the process's 3 radii are not
 *       needed there).</li>
 *   <li>Akima: twice the largest empty circle near the tile (its triangles' circumcircles) plus twice the 12-point
 *       neighbourhood (derivative neighbours and their neighbours), from the density grid; each tile then proves
 *       that this was wide enough ({@code AkimaTiles}).</li>
 * </ul>
 * A halo given by the caller replaces these (Akima still proves it in every tile).
 */
final class Halos {

    private Halos() {}

    /** One halo per tile. */
    static double[] of(String method, Map<String, String> fixed, TileGrid tiles, DensityGrid density, double given) {
        double[] halo = new double[tiles.tileCount()];
        for (int t = 0; t < halo.length; t++) {
            halo[t] = Double.isNaN(given) ? reach(method, fixed, tiles, t, density) : given;
        }
        return halo;
    }

    private static double reach(String method, Map<String, String> fixed, TileGrid tiles, int t, DensityGrid d) {
        double x0 = tiles.x(tiles.colFrom(t));
        double x1 = tiles.x(tiles.colTo(t));
        double y1 = tiles.y(tiles.rowFrom(t));
        double y0 = tiles.y(tiles.rowTo(t));
        switch (method) {
            case "Clusterpolate":
                return Double.parseDouble(fixed.get("radius"));
            case "PartitionOfUnityRBF":
                return puRbfReach(Double.parseDouble(fixed.get("patchSpacing")));
            case "Shepard": {
                double r = Double.parseDouble(fixed.get("radius"));
                int m = Integer.parseInt(fixed.get("minNeighbours")) + 1;
                double cell = Math.max(r, d.maxKthDistanceBound(x0, y0, x1, y1, m));
                boolean slopes = "SYMAP".equalsIgnoreCase(fixed.get("mode"))
                        && Boolean.parseBoolean(fixed.getOrDefault("slopes", "true"));
                if (!slopes) {
                    return cell;
                }
                double point = Math.max(r, d.maxKthDistanceBound(x0 - cell, y0 - cell, x1 + cell, y1 + cell, m));
                return cell + point;
            }
            case "Akima": {
                // triangles and vertices exist only where points are: bounds over the data's box only
                double empty = d.maxKthDistanceBound(x0, y0, x1, y1, 1, false);
                double near = d.maxKthDistanceBound(
                        x0 - 2 * empty, y0 - 2 * empty, x1 + 2 * empty, y1 + 2 * empty, AKIMA_NEIGHBOURHOOD, false);
                return 2 * empty + 2 * near;
            }
            default:
                throw new IllegalArgumentException("method: no tiling rule for " + method);
        }
    }

    /** Points of the neighbourhood an Akima derivative reads: the point, its 9 neighbours and 2 confirming ones. */
    static final int AKIMA_NEIGHBOURHOOD = 12;

    /** The reach of the PU-RBF's tiled mode: patch radius plus fit radius, plus one spacing. */
    static double puRbfReach(double patchSpacing) {
        PuRbfOptions o = PuRbfOptions.tiled(patchSpacing);
        return o.radiusFactor() * patchSpacing * (1 + o.effectiveFitRadiusRatio(2)) + patchSpacing;
    }
}
