package org.geointerp.server.jobs;

import org.geointerp.server.core.OwsException;
import org.geotools.process.ProcessException;

/**
 * How a failed job is reported. The processes name the offending parameter at the start of
 * their messages ("valueAttr: no attribute 'x' ..."): such a refusal is the client's mistake,
 * InvalidParameterValue with that parameter as locator. A ProcessException naming no parameter
 * is reported with its message; anything else is a fault of the server, reported without its
 * class or message (the server log has them, see {@link Job}).
 */
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
            if (t instanceof IllegalArgumentException || t instanceof ProcessException) {
                String message = t.getMessage() == null ? "" : t.getMessage();
                String parameter = parameterNamed(job, message);
                if (parameter != null || t instanceof IllegalArgumentException) {
                    return new OwsException(OwsException.INVALID_PARAMETER, parameter, message, job.failure());
                }
                return new OwsException(
                        OwsException.NO_APPLICABLE_CODE,
                        null,
                        "process " + job.process().id() + " failed: " + message,
                        job.failure());
            }
        }
        return new OwsException(
                OwsException.NO_APPLICABLE_CODE,
                null,
                "process " + job.process().id() + " failed unexpectedly (job " + job.id()
                        + "); the server log has the details",
                job.failure());
    }

    /** The process input a message starts with ("name: ..." or "name x other: ..."), or null. */
    static String parameterNamed(Job job, String message) {
        int colon = message.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String first = message.substring(0, colon).trim().split("\\s+")[0];
        return job.process().inputs().containsKey(first) ? first : null;
    }
}
