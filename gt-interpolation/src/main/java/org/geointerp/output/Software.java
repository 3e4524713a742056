package org.geointerp.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** This software's name and version (from the build), written into every file it makes. */
public final class Software {

    /** For example "geointerp 0.1.0-SNAPSHOT". */
    public static final String NAME_AND_VERSION = "geointerp " + version();

    private Software() {}

    private static String version() {
        try (InputStream in = Software.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties missing from the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
