package org.geointerp.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A map of cross-validation residuals: one disc per point in a diverging ramp (blue where the method predicted too
 * high, white near zero, red where it predicted too low), symmetric about zero so that the two signs compare, with a
 * colour bar. Points without a prediction are drawn as grey rings.
 */
final class ResidualPicture {

    private static final int SIZE = 600;
    private static final int MARGIN = 40;
    private static final int BAR = 90;

    private ResidualPicture() {}

    /** @param points x, y, residual per point (NaN residual: no prediction) */
    static void write(List<double[]> points, Path file, String title) throws IOException {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double extreme = 0;
        for (double[] p : points) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
            if (!Double.isNaN(p[2])) {
                extreme = Math.max(extreme, Math.abs(p[2]));
            }
        }
        double span = Math.max(maxX - minX, maxY - minY);
        if (!(span > 0)) {
            span = 1;
        }
        double scale = (SIZE - 2 * MARGIN) / span;
        BufferedImage image = new BufferedImage(SIZE + BAR, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, SIZE + BAR, SIZE);
        int r = Math.max(3, Math.min(9, (int) (SIZE / Math.sqrt(Math.max(1, points.size())) / 3)));
        for (double[] p : points) {
            int px = (int) Math.round(MARGIN + (p[0] - minX) * scale);
            int py = (int) Math.round(SIZE - MARGIN - (p[1] - minY) * scale);
            if (Double.isNaN(p[2])) {
                g.setColor(Color.GRAY);
                g.setStroke(new BasicStroke(1.5f));
                g.drawOval(px - r, py - r, 2 * r, 2 * r);
            } else {
                g.setColor(diverging(extreme > 0 ? p[2] / extreme : 0));
                g.fillOval(px - r, py - r, 2 * r, 2 * r);
                g.setColor(Color.DARK_GRAY);
                g.setStroke(new BasicStroke(0.6f));
                g.drawOval(px - r, py - r, 2 * r, 2 * r);
            }
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(title, MARGIN, 22);
        int top = MARGIN + 10;
        int height = SIZE - 2 * MARGIN - 20;
        for (int k = 0; k < height; k++) {
            g.setColor(diverging(1 - 2.0 * k / (height - 1)));
            g.fillRect(SIZE + 10, top + k, 18, 1);
        }
        g.setColor(Color.BLACK);
        g.drawRect(SIZE + 10, top, 18, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(String.format(Locale.ROOT, "%+.3g", extreme), SIZE + 32, top + 10);
        g.drawString("0", SIZE + 32, top + height / 2 + 4);
        g.drawString(String.format(Locale.ROOT, "%+.3g", -extreme), SIZE + 32, top + height);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    /** Blue (-1) through white (0) to red (+1). */
    static Color diverging(double t) {
        double a = Math.max(-1, Math.min(1, t));
        if (a >= 0) {
            int c = (int) Math.round(255 * (1 - a));
            return new Color(255, c + (int) Math.round(30 * a), c);
        }
        int c = (int) Math.round(255 * (1 + a));
        return new Color(c, c + (int) Math.round(-60 * a), 255);
    }
}
