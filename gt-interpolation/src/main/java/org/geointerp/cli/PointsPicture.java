package org.geointerp.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.geointerp.engine.GridSpec;
import org.geointerp.engine.PointSet;
import org.geointerp.output.Legend;
import org.geointerp.process.OutputGrid;
import org.geointerp.process.PointFeatures;
import org.geotools.data.simple.SimpleFeatureCollection;
import org.geotools.geometry.jts.ReferencedEnvelope;

/**
 * A scatter picture of the input points over the output extent, each a dot coloured on the raster picture's legend, on white: the "raw data" figure to set beside an interpolated picture.
 */
final class PointsPicture {

    private PointsPicture() {}

    static void write(
            SimpleFeatureCollection data,
            String valueAttr,
            ReferencedEnvelope bbox,
            int width,
            int height,
            Legend legend,
            Path file)
            throws IOException {
        OutputGrid grid = OutputGrid.of(bbox, width, height);
        PointSet points = PointFeatures.read(data, valueAttr, grid, null).points();
        GridSpec g = grid.spec();
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D gr = img.createGraphics();
        gr.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        gr.setColor(Color.WHITE);
        gr.fillRect(0, 0, width, height);
        double dot = Math.max(3, Math.min(width, height) / 90.0);
        for (int i = 0; i < points.size(); i++) {
            double px = (points.x()[i] - g.minX()) / g.cellWidth();
            double py = (g.maxY() - points.y()[i]) / g.cellHeight();
            gr.setColor(new Color(legend.color(points.values()[i])));
            gr.fill(new Ellipse2D.Double(px - dot / 2, py - dot / 2, dot, dot));
        }
        gr.setColor(Color.GRAY);
        gr.setStroke(new BasicStroke(1));
        gr.drawRect(0, 0, width - 1, height - 1);
        gr.dispose();
        ImageIO.write(img, "png", file.toFile());
    }
}
