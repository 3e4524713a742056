package org.geointerp.spark.cli;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The main class of {@code target/geointerp-spark-local.jar}: runs {@link SparkMain} with the jars in the {@code lib}
 * folder beside the jar (Spark, Sedona, GeoTools and the engines, copied there by the build), so that
 * {@code java -jar geointerp-spark-local.jar shepard --master local[*] ...} works without a Spark installation. The
 * jar's manifest opens the JDK packages Spark needs ({@code Add-Opens}). On a cluster, {@code spark-submit} runs
 * {@code geointerp-spark.jar} instead.
 */
public final class LocalLauncher {

    private LocalLauncher() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(LocalLauncher.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        File lib = jar.resolveSibling("lib").toFile();
        File[] jars = lib.listFiles((dir, name) -> name.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            System.err.println("error: no jars in " + lib + "; build the module (mvn package) or use spark-submit"
                    + " with geointerp-spark.jar");
            System.exit(2);
        }
        Arrays.sort(jars);
        List<URL> urls = new ArrayList<>();
        urls.add(jar.toUri().toURL());
        for (File f : jars) {
            urls.add(f.toURI().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        Method main =
                Class.forName("org.geointerp.spark.cli.SparkMain", true, loader).getMethod("main", String[].class);
        main.invoke(null, (Object) args);
    }
}
