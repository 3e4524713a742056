package org.geointerp.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.sedona_sql.UDT.GeometryUDT;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.InterpolationMethod;
import org.geointerp.engine.Methods;
import org.geointerp.engine.Parameter;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.referencing.CRS;

/**
 * What to interpolate and how: the method and its parameters (by the processes' names), the input columns, the
 * output grid (envelope, CRS, size) and its tiling. Immutable; each {@code with...} returns a copy. Everything here
 * is checked by {@link #validate} against the input's schema before any Spark job runs, with messages that name
 * the parameter.
 *
 * <pre>{@code
 * InterpolationRequest r = InterpolationRequest.of("Shepard")
 *         .withParameter("radius", 250)
 *         .withGeometryColumn("geom").withValueColumn("elevation")
 *         .withGrid(500000, 4000000, 520000, 4020000, 2000, 2000).withCrs("EPSG:32633")
 *         .withTileSize(512);
 * }</pre>
 */
public final class InterpolationRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Default tile side, cells. */
    public static final int DEFAULT_TILE_SIZE = 512;
    /** Largest tile, cells: one tile's bands live in one task's memory (4 bytes a cell and band). */
    public static final long MAX_TILE_CELLS = 4096L * 4096;
    /** Default cap on the points one task holds (a tile's halo with more is split). */
    public static final long DEFAULT_MAX_POINTS_PER_TASK = 1_000_000;
    /** Up to this many points, derived parameters are computed on the driver exactly as one machine would. */
    public static final long DEFAULT_DRIVER_POINTS = 200_000;

    private String method;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private String valueColumn = "value";
    private String geometryColumn;
    private String xColumn;
    private String yColumn;
    private double minX = Double.NaN;
    private double minY = Double.NaN;
    private double maxX = Double.NaN;
    private double maxY = Double.NaN;
    private int width;
    private int height;
    private String crs;
    private String pointsCrs;
    private int tileWidth = DEFAULT_TILE_SIZE;
    private int tileHeight = DEFAULT_TILE_SIZE;
    private double halo = Double.NaN;
    private double noData = -9999;
    private long maxPointsPerTask = DEFAULT_MAX_POINTS_PER_TASK;
    private long driverPoints = DEFAULT_DRIVER_POINTS;
    private long seed = 1;

    private InterpolationRequest() {}

    /** A request for the registered method {@code method} (Shepard, Akima, Clusterpolate, PartitionOfUnityRBF). */
    public static InterpolationRequest of(String method) {
        InterpolationRequest r = new InterpolationRequest();
        r.method = method;
        return r;
    }

    private InterpolationRequest copy() {
        InterpolationRequest r = new InterpolationRequest();
        r.method = method;
        r.parameters.putAll(parameters);
        r.valueColumn = valueColumn;
        r.geometryColumn = geometryColumn;
        r.xColumn = xColumn;
        r.yColumn = yColumn;
        r.minX = minX;
        r.minY = minY;
        r.maxX = maxX;
        r.maxY = maxY;
        r.width = width;
        r.height = height;
        r.crs = crs;
        r.pointsCrs = pointsCrs;
        r.tileWidth = tileWidth;
        r.tileHeight = tileHeight;
        r.halo = halo;
        r.noData = noData;
        r.maxPointsPerTask = maxPointsPerTask;
        r.driverPoints = driverPoints;
        r.seed = seed;
        return r;
    }

    /** A method parameter by its process name; the value as text or of the parameter's type. */
    public InterpolationRequest withParameter(String name, Object value) {
        InterpolationRequest r = copy();
        if (value == null) {
            r.parameters.remove(name);
        } else {
            r.parameters.put(name, text(value));
        }
        return r;
    }

    /** Several parameters, e.g. from {@code "radius=250,slopes=false"} parsed by the caller. */
    public InterpolationRequest withParameters(Map<String, ?> values) {
        InterpolationRequest r = this;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            r = r.withParameter(e.getKey(), e.getValue());
        }
        return r;
    }

    /** Parameters as text: doubles print as the shortest text that reads back to the same double. */
    static String text(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }

    public InterpolationRequest withValueColumn(String name) {
        InterpolationRequest r = copy();
        r.valueColumn = name;
        return r;
    }

    /** Points from a Sedona geometry column (non-point geometries are used by their centroid). */
    public InterpolationRequest withGeometryColumn(String name) {
        InterpolationRequest r = copy();
        r.geometryColumn = name;
        r.xColumn = null;
        r.yColumn = null;
        return r;
    }

    /** Points from two numeric columns. */
    public InterpolationRequest withXYColumns(String x, String y) {
        InterpolationRequest r = copy();
        r.xColumn = x;
        r.yColumn = y;
        r.geometryColumn = null;
        return r;
    }

    /** The output envelope (east, north order, the grid's CRS units) and its size in cells. */
    public InterpolationRequest withGrid(double minX, double minY, double maxX, double maxY, int width, int height) {
        InterpolationRequest r = copy();
        r.minX = minX;
        r.minY = minY;
        r.maxX = maxX;
        r.maxY = maxY;
        r.width = width;
        r.height = height;
        return r;
    }

    /** The grid's CRS, e.g. "EPSG:32633" (longitude or easting first); also the unit of every distance. */
    public InterpolationRequest withCrs(String code) {
        InterpolationRequest r = copy();
        r.crs = code;
        return r;
    }

    /** The CRS the input coordinates are in, when known (GeoParquet metadata, a CSV's documentation). */
    public InterpolationRequest withPointsCrs(String code) {
        InterpolationRequest r = copy();
        r.pointsCrs = code;
        return r;
    }

    public InterpolationRequest withTileSize(int cells) {
        return withTileSize(cells, cells);
    }

    public InterpolationRequest withTileSize(int widthCells, int heightCells) {
        InterpolationRequest r = copy();
        r.tileWidth = widthCells;
        r.tileHeight = heightCells;
        return r;
    }

    /**
     * The halo, in the grid's CRS units: how far beyond a tile its points are read. Default: the method's reach
     * (Shepard and Akima: bounded from the data's density per tile). Akima checks in every tile that it was wide
     * enough, and refuses one that cannot be.
     */
    public InterpolationRequest withHalo(double distance) {
        InterpolationRequest r = copy();
        r.halo = distance;
        return r;
    }

    public InterpolationRequest withNoData(double value) {
        InterpolationRequest r = copy();
        r.noData = value;
        return r;
    }

    /** The most points one task may hold: a tile whose halo holds more is split into smaller pieces. */
    public InterpolationRequest withMaxPointsPerTask(long points) {
        InterpolationRequest r = copy();
        r.maxPointsPerTask = points;
        return r;
    }

    /** Up to this many points, parameters derived from the data are computed on the driver from all points. */
    public InterpolationRequest withDriverPoints(long points) {
        InterpolationRequest r = copy();
        r.driverPoints = points;
        return r;
    }

    /** The seed of the samples used for derived parameters of large data. */
    public InterpolationRequest withSeed(long seed) {
        InterpolationRequest r = copy();
        r.seed = seed;
        return r;
    }

    public String method() {
        return method;
    }

    public Map<String, String> parameters() {
        return Map.copyOf(parameters);
    }

    public String valueColumn() {
        return valueColumn;
    }

    public String geometryColumn() {
        return geometryColumn;
    }

    public String xColumn() {
        return xColumn;
    }

    public String yColumn() {
        return yColumn;
    }

    public GridSpec grid() {
        return new GridSpec(minX, minY, maxX, maxY, width, height);
    }

    public String crs() {
        return crs;
    }

    public int tileWidth() {
        return tileWidth;
    }

    public int tileHeight() {
        return tileHeight;
    }

    /** The halo given, or NaN for the method's own. */
    public double halo() {
        return halo;
    }

    public double noData() {
        return noData;
    }

    public long maxPointsPerTask() {
        return maxPointsPerTask;
    }

    public long driverPoints() {
        return driverPoints;
    }

    public long seed() {
        return seed;
    }

    /**
     * Checks the request against the input's schema without touching the data.
     *
     * @throws IllegalArgumentException naming the parameter: unknown method or parameter, a bad value, a missing or
     *     non-numeric column, a bad grid or tile size, mismatched CRSs, an Akima request that tiles cannot compute
     *     exactly
     */
    public void validate(StructType schema) {
        InterpolationMethod m = Methods.get(method);
        m.interpolator(parameters);
        for (String name : parameters.keySet()) {
            Parameter p = m.parameter(name);
            if (!p.isText()) {
                throw new IllegalArgumentException(name + ": a " + p.type().getSimpleName()
                        + " cannot be given to the Spark module (set it through the GeoTools process instead)");
            }
        }
        if (m.name().equals("Akima") && Boolean.parseBoolean(parameters.getOrDefault("extrapolate", "false"))) {
            throw new IllegalArgumentException("extrapolate: Akima's extrapolation beyond the data follows the whole"
                    + " border of the triangulation, which no tile's halo can hold; tiles cannot compute it exactly."
                    + " Leave extrapolate false (cells outside the data are nodata)");
        }
        if (!Double.isNaN(halo) && !(halo >= 0 && Double.isFinite(halo))) {
            throw new IllegalArgumentException(
                    "halo: must be a finite distance >= 0 in the grid's CRS units, got " + halo);
        }
        if (width <= 0) {
            throw new IllegalArgumentException("width: must be a positive number of cells, got " + width);
        }
        if (height <= 0) {
            throw new IllegalArgumentException("height: must be a positive number of cells, got " + height);
        }
        grid();
        if (tileWidth <= 0 || tileHeight <= 0) {
            throw new IllegalArgumentException(
                    "tileSize: must be a positive number of cells, got " + tileWidth + " x " + tileHeight);
        }
        long tileCells = (long) Math.min(tileWidth, width) * Math.min(tileHeight, height);
        if (tileCells > MAX_TILE_CELLS) {
            throw new IllegalArgumentException("tileSize: " + tileWidth + " x " + tileHeight + " = " + tileCells
                    + " cells exceeds the limit of " + MAX_TILE_CELLS + " cells per tile (4096 x 4096)");
        }
        if (maxPointsPerTask < 16) {
            throw new IllegalArgumentException("maxPointsPerTask: must be at least 16, got " + maxPointsPerTask);
        }
        CoordinateReferenceSystem gridCrs = decode("crs", crs);
        CoordinateReferenceSystem inputCrs = decode("pointsCrs", pointsCrs);
        if (gridCrs != null && inputCrs != null && !CRS.equalsIgnoreMetadata(gridCrs, inputCrs)) {
            throw new IllegalArgumentException("crs: the points are in " + pointsCrs + " but the grid is in " + crs
                    + "; reproject the points first (Sedona's ST_Transform) or ask for a grid in " + pointsCrs);
        }
        column(schema, "valueColumn", valueColumn, true);
        if (geometryColumn != null) {
            StructField g = column(schema, "geometryColumn", geometryColumn, false);
            if (!(g.dataType() instanceof GeometryUDT)) {
                throw new IllegalArgumentException("geometryColumn: '" + geometryColumn + "' is a "
                        + g.dataType().simpleString() + ", not a Sedona geometry (make one with ST_Point or"
                        + " ST_GeomFromWKT, or give x and y columns)");
            }
        } else if (xColumn != null && yColumn != null) {
            column(schema, "xColumn", xColumn, true);
            column(schema, "yColumn", yColumn, true);
        } else {
            throw new IllegalArgumentException(
                    "geometryColumn: give a Sedona geometry column, or x and y columns (xColumn, yColumn)");
        }
    }

    private static StructField column(StructType schema, String parameter, String name, boolean numeric) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(parameter + ": a column name is required");
        }
        for (StructField f : schema.fields()) {
            if (f.name().equals(name)) {
                DataType t = f.dataType();
                if (numeric && !(t instanceof NumericType)) {
                    throw new IllegalArgumentException(parameter + ": column '" + name + "' is " + t.simpleString()
                            + ", not numeric (cast it, e.g. CAST(" + name + " AS DOUBLE))");
                }
                return f;
            }
        }
        throw new IllegalArgumentException(parameter + ": no column '" + name + "'; the input has "
                + java.util.Arrays.toString(schema.fieldNames()));
    }

    /** The CRS of a code, longitude or easting first; null for null. */
    static CoordinateReferenceSystem decode(String parameter, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return CRS.decode(code.trim(), true);
        } catch (FactoryException e) {
            throw new IllegalArgumentException(parameter + ": unknown CRS '" + code + "' (" + e.getMessage() + ")", e);
        }
    }
}
