package org.geointerp.output;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Writes a PNG with text chunks (tEXt): what the picture shows, in words a program can read back. */
public final class PngFiles {

    private PngFiles() {}

    public static void write(BufferedImage image, Path file, Map<String, String> text) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        java.nio.file.Files.deleteIfExists(file); // ImageIO's file stream would keep a longer old file's tail
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(file.toFile())) {
            IIOMetadata md = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            IIOMetadataNode entries = new IIOMetadataNode("tEXt");
            text.forEach((k, v) -> {
                IIOMetadataNode e = new IIOMetadataNode("tEXtEntry");
                e.setAttribute("keyword", k);
                e.setAttribute("value", v);
                entries.appendChild(e);
            });
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(entries);
            md.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(stream);
            writer.write(new IIOImage(image, null, md));
        } finally {
            writer.dispose();
        }
    }
}
