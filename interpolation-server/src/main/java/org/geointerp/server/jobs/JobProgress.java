package org.geointerp.server.jobs;

import org.geotools.api.util.InternationalString;
import org.geotools.api.util.ProgressListener;

/**
 * The listener handed to a running process: it records the percentage the process reports and
 * carries the cancellation request back into it (GeoTools processes poll isCanceled()).
 */
final class JobProgress implements ProgressListener {
    private volatile float percent;
    private volatile boolean canceled;
    private volatile InternationalString task;
    private volatile String warning;

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
        this.warning = warning;
    }

    @Override
    public void exceptionOccurred(Throwable exception) {
        this.warning = exception == null ? null : exception.getMessage();
    }

    String lastWarning() {
        return warning;
    }
}
