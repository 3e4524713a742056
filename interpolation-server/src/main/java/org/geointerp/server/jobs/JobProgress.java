package org.geointerp.server.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.geotools.api.util.InternationalString;
import org.geotools.api.util.ProgressListener;

/**
 * The listener handed to a running process: it records the percentage the process reports and
 * the warnings it raises (skipped records, fallbacks), which the status documents pass on to the
 * client, and carries the cancellation request back into it (GeoTools processes poll
 * isCanceled()).
 */
final class JobProgress implements ProgressListener {
    /** Warnings kept word for word; more are counted (a process reporting per record must not fill the heap). */
    static final int MAX_WARNINGS = 10;

    private volatile float percent;
    private volatile boolean canceled;
    private volatile InternationalString task;
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final AtomicInteger moreWarnings = new AtomicInteger();

    @Override
    public InternationalString getTask() {
        return task;
    }

    @Override
    public void setTask(InternationalString task) {
        this.task = task;
    }

    @Override
    public void started() {
        percent = 0f;
    }

    @Override
    public void progress(float value) {
        // processes report 0..100; clamp so a sloppy reporter cannot show 120 % or go backwards
        float v = Math.max(0f, Math.min(100f, value));
        if (v > percent) {
            percent = v;
        }
    }

    @Override
    public float getProgress() {
        return percent;
    }

    @Override
    public void complete() {
        percent = 100f;
    }

    @Override
    public void dispose() {
        // nothing held
    }

    @Override
    public boolean isCanceled() {
        return canceled;
    }

    @Override
    public void setCanceled(boolean cancel) {
        this.canceled = cancel;
    }

    @Override
    public void warningOccurred(String source, String location, String warning) {
        if (warning == null || warning.isBlank()) {
            return;
        }
        String text = (source == null || source.isBlank() || warning.startsWith(source + ":") ? "" : source + ": ")
                + (location == null || location.isBlank() ? "" : location + ": ")
                + warning;
        synchronized (warnings) {
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add(text);
                return;
            }
        }
        moreWarnings.incrementAndGet();
    }

    @Override
    public void exceptionOccurred(Throwable exception) {
        // the process goes on after it: a warning, without the exception's class
        if (exception != null && exception.getMessage() != null) {
            warningOccurred(null, null, exception.getMessage());
        }
    }

    /** The warnings raised so far, the last line saying how many more were not kept. */
    List<String> warnings() {
        List<String> list = new ArrayList<>(warnings);
        int more = moreWarnings.get();
        if (more > 0) {
            list.add(more + " more warning" + (more == 1 ? "" : "s"));
        }
        return list;
    }
}
