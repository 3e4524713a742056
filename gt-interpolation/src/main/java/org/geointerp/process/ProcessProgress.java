package org.geointerp.process;

import org.geointerp.engine.Progress;
import org.geotools.api.util.ProgressListener;

/** Adapts a GeoTools {@link ProgressListener} (percent, may be null) to the engines' {@link Progress} (fraction). */
final class ProcessProgress implements Progress {

    private final ProgressListener listener;
    /** Percent already reported: workers report concurrently, the listener sees a non-decreasing sequence. */
    private float reported = -1;

    ProcessProgress(ProgressListener listener) {
        this.listener = listener;
    }

    @Override
    public synchronized void progress(double fraction) {
        float percent = (float) (100 * fraction);
        if (listener != null && percent > reported) {
            reported = percent;
            listener.progress(percent);
        }
    }

    @Override
    public boolean isCancelled() {
        return listener != null && listener.isCanceled();
    }
}
