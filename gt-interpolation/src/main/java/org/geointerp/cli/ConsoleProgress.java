package org.geointerp.cli;

import java.io.PrintWriter;
import org.geotools.data.util.NullProgressListener;

/**
 * A progress bar on standard error for runs longer than a second (short runs print nothing), and warnings (such as
 * skipped records) printed as they occur.
 */
final class ConsoleProgress extends NullProgressListener {

    private static final long QUIET_MILLIS = 1000;
    private static final int WIDTH = 40;
    /** Redraw at most this often: a bar redrawn per percent floods logs. */
    private static final long REDRAW_MILLIS = 200;

    private final PrintWriter out;
    private final long start = System.nanoTime();
    private int shown = -1;
    private long lastDraw = -REDRAW_MILLIS;
    private boolean drawn;

    ConsoleProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void progress(float percent) {
        super.progress(percent);
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        int p = Math.round(percent);
        if (elapsed < QUIET_MILLIS || p == shown || (elapsed - lastDraw < REDRAW_MILLIS && p < 100)) {
            return;
        }
        shown = p;
        lastDraw = elapsed;
        int filled = p * WIDTH / 100;
        out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + p + "% " + elapsed / 1000.0 + " s");
        out.flush();
        drawn = true;
    }

    @Override
    public synchronized void complete() {
        super.complete();
        if (drawn) {
            out.println();
        }
    }

    @Override
    public void warningOccurred(String source, String location, String warning) {
        out.println("warning: " + (source == null ? "" : source + ": ") + warning);
    }
}
