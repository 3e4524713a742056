package org.geointerp.process;

/**
 * The largest output grid a process accepts, so that a mistyped width cannot exhaust a server's memory. Configured
 * with the system property {@value #PROPERTY} (cells), default {@value #DEFAULT_MAX_CELLS}.
 */
public final class GridLimits {

    public static final String PROPERTY = "org.geointerp.maxCells";
    public static final long DEFAULT_MAX_CELLS = 100_000_000L;

    private GridLimits() {}

    public static long maxCells() {
        String v = System.getProperty(PROPERTY);
        if (v == null || v.isBlank()) {
            return DEFAULT_MAX_CELLS;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(
                    "system property " + PROPERTY + ": must be a positive integer, got '" + v + "'", e);
        }
    }
}
