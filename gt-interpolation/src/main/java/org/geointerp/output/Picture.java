package org.geointerp.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A map picture of one band of a raster, for people: the surface through a colour ramp (nodata white; a membership
 * band, when given, as opacity over white), optionally the data points and the barriers drawn over it, a colour bar
 * with labelled values and the value's name, a title and a caption with the extent, the CRS and the cell size.
 */
public final class Picture {

    /**
     * What to draw.
     *
     * @param band the band coloured
     * @param alphaBand a band in [0, 1] used as opacity (clusterpolate's membership), or -1
     * @param title above the map, e.g. the method
     * @param crsName in the caption; may be null
     * @param pointsX data point x (easting) coordinates to mark, or null
     * @param pointsY data point y (northing) coordinates
     * @param barriers lines and polygons in (easting, northing) order to draw, or an empty list
     */
    public record Options(
            int band,
            int alphaBand,
            String title,
            String crsName,
            double[] pointsX,
            double[] pointsY,
            List<Geometry> barriers) {}

    /** Sides of the map in the picture: small rasters are enlarged, large ones reduced. */
    private static final int MIN_MAP = 480;

    private static final int MAX_MAP = 1000;
    private static final Color BARRIER = new Color(31, 120, 180);

    private Picture() {}

    public static BufferedImage render(RasterContent content, Legend legend, Options o) {
        ModelGrid g = ModelGrid.of(content);
        double scale = Math.max(MIN_MAP, Math.min(MAX_MAP, Math.max(g.width(), g.height())))
                / (double) Math.max(g.width(), g.height());
        int mw = (int) Math.round(g.width() * scale);
        int mh = (int) Math.round(g.height() * scale);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        Font bold = font.deriveFont(Font.BOLD, 15f);
        int left = 14;
        int top = 34;
        int barWidth = 18;
        int legendWidth = 110;
        int bottom = 46;
        int width = left + mw + 16 + barWidth + legendWidth;
        int height = top + mh + bottom;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D gr = img.createGraphics();
        try {
            gr.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            gr.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            gr.setColor(Color.WHITE);
            gr.fillRect(0, 0, width, height);
            gr.setRenderingHint(
                    RenderingHints.KEY_INTERPOLATION,
                    scale >= 1
                            ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR
                            : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            gr.drawImage(surface(content, legend, o.band(), o.alphaBand()), left, top, mw, mh, null);
            AffineTransform toPixels = new AffineTransform(
                    mw / (g.east() - g.west()),
                    0,
                    0,
                    -mh / (g.north() - g.south()),
                    left - g.west() * mw / (g.east() - g.west()),
                    top + g.north() * mh / (g.north() - g.south()));
            gr.setClip(left, top, mw, mh); // points and barriers outside the extent stay off the caption
            drawBarriers(gr, o.barriers(), toPixels);
            drawPoints(gr, o.pointsX(), o.pointsY(), toPixels);
            gr.setClip(null);
            gr.setColor(Color.GRAY);
            gr.setStroke(new BasicStroke(1));
            gr.drawRect(left, top, mw - 1, mh - 1);
            gr.setColor(Color.BLACK);
            gr.setFont(bold);
            gr.drawString(o.title(), left, 22);
            drawColorBar(gr, legend, left + mw + 16, top, barWidth, Math.min(mh, 360), font, bold);
            gr.setFont(font);
            gr.setColor(Color.DARK_GRAY);
            gr.drawString(extentText(g, o.crsName()), left, top + mh + 18);
            gr.drawString(cellText(g), left, top + mh + 36);
        } finally {
            gr.dispose();
        }
        return img;
    }

    /** The band at one pixel a cell: ramp colours, nodata white, the alpha band blending over white. */
    public static BufferedImage surface(RasterContent content, Legend legend, int band, int alphaBand) {
        int w = content.width();
        int h = content.height();
        float[] v = content.bands()[band];
        float[] alpha = alphaBand >= 0 ? content.bands()[alphaBand] : null;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < v.length; i++) {
            int rgb = 0xFFFFFF;
            if (!content.isNoData(v[i])) {
                rgb = legend.color(v[i]);
                if (alpha != null) {
                    double a = content.isNoData(alpha[i]) ? 0 : Math.max(0, Math.min(1, alpha[i]));
                    rgb = overWhite(rgb, a);
                }
            }
            img.setRGB(i % w, i / w, rgb);
        }
        return img;
    }

    private static int overWhite(int rgb, double a) {
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int c = (rgb >> shift) & 0xFF;
            out |= ((int) Math.round(a * c + (1 - a) * 255)) << shift;
        }
        return out;
    }

    private static void drawBarriers(Graphics2D gr, List<Geometry> barriers, AffineTransform toPixels) {
        if (barriers == null) {
            return;
        }
        gr.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Geometry geometry : barriers) {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                Geometry part = geometry.getGeometryN(i);
                if (part instanceof Polygon p) {
                    Path2D path = path(p.getExteriorRing().getCoordinates(), toPixels, true);
                    gr.setColor(new Color(31, 120, 180, 90));
                    gr.fill(path);
                    gr.setColor(BARRIER);
                    gr.draw(path);
                } else if (part instanceof LineString l) {
                    gr.setColor(BARRIER);
                    gr.draw(path(l.getCoordinates(), toPixels, false));
                }
            }
        }
    }

    private static Path2D path(Coordinate[] cs, AffineTransform toPixels, boolean close) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < cs.length; i++) {
            if (i == 0) {
                p.moveTo(cs[i].x, cs[i].y);
            } else {
                p.lineTo(cs[i].x, cs[i].y);
            }
        }
        if (close) {
            p.closePath();
        }
        p.transform(toPixels);
        return p;
    }

    private static void drawPoints(Graphics2D gr, double[] xs, double[] ys, AffineTransform toPixels) {
        if (xs == null) {
            return;
        }
        double r = xs.length > 2000 ? 1.5 : 3;
        gr.setStroke(new BasicStroke(1f));
        double[] p = new double[2];
        for (int i = 0; i < xs.length; i++) {
            p[0] = xs[i];
            p[1] = ys[i];
            toPixels.transform(p, 0, p, 0, 1);
            Ellipse2D dot = new Ellipse2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r);
            gr.setColor(Color.WHITE);
            gr.fill(dot);
            gr.setColor(Color.BLACK);
            gr.draw(dot);
        }
    }

    private static void drawColorBar(Graphics2D gr, Legend legend, int x, int y, int w, int h, Font font, Font bold) {
        gr.setFont(bold.deriveFont(13f));
        gr.setColor(Color.BLACK);
        int barTop = y + 8;
        for (int row = 0; row < h; row++) {
            double t = 1 - row / (double) (h - 1);
            gr.setColor(new Color(legend.ramp().color(t)));
            gr.fillRect(x, barTop + row, w, 1);
        }
        gr.setColor(Color.GRAY);
        gr.drawRect(x, barTop, w - 1, h - 1);
        gr.setFont(font);
        FontMetrics fm = gr.getFontMetrics();
        gr.setColor(Color.BLACK);
        for (double tick : legend.ticks()) {
            int ty = barTop + (int) Math.round((1 - legend.position(tick)) * (h - 1));
            gr.drawLine(x + w, ty, x + w + 4, ty);
            gr.drawString(legend.label(tick), x + w + 7, ty + fm.getAscent() / 2 - 1);
        }
        gr.setFont(bold.deriveFont(13f));
        gr.drawString(legend.title(), x, y - 4);
    }

    static String extentText(ModelGrid g, String crsName) {
        return "x " + AsciiGridEncoder.plain(round(g.west())) + " to " + AsciiGridEncoder.plain(round(g.east()))
                + ", y " + AsciiGridEncoder.plain(round(g.south())) + " to " + AsciiGridEncoder.plain(round(g.north()))
                + (crsName == null ? "" : " (" + crsName + ")");
    }

    private static String cellText(ModelGrid g) {
        return g.width() + " x " + g.height() + " cells of " + AsciiGridEncoder.plain(round(g.cellWidth())) + " x "
                + AsciiGridEncoder.plain(round(g.cellHeight()));
    }

    /** Nine significant digits: enough for a caption. */
    private static double round(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(9)).doubleValue();
    }
}
