package org.geointerp.engine;

/**
 * Receives progress of a long computation and tells it whether to stop. Implementations must be thread-safe: grid
 * evaluation reports from several worker threads.
 */
public interface Progress {

    /** A progress that ignores reports and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void progress(double fraction) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param fraction done so far, in [0, 1] */
    void progress(double fraction);

    /** @return true when the caller wants the computation to stop as soon as possible */
    boolean isCancelled();
}
