package org.geointerp.server.jobs;

import org.geointerp.server.core.OwsException;

/** How a failed job is reported: bad input (the process refused a value) or a server-side failure. */
public final class Failures {
    private Failures() {}

    public static OwsException of(Job job) {
        if (job.state() == JobState.DISMISSED) {
            return new OwsException(OwsException.NO_APPLICABLE_CODE, null, "job " + job.id() + " was dismissed");
        }
        for (Throwable t = job.failure(); t != null; t = t.getCause()) {
            if (t instanceof OwsException e) {
                return e;
            }
            if (t instanceof IllegalArgumentException) {
                // the processes name the parameter and value in their message (DESIGN.md, errors)
                return new OwsException(OwsException.INVALID_PARAMETER, null, job.failureMessage(), job.failure());
            }
        }
        return new OwsException(
                OwsException.NO_APPLICABLE_CODE,
                null,
                "process " + job.process().id() + " failed: " + job.failureMessage(),
                job.failure());
    }
}
