package org.geointerp.server.jobs;

/** Job life cycle; the names are OGC API - Processes status codes. */
public enum JobState {
    ACCEPTED("accepted"),
    RUNNING("running"),
    SUCCESSFUL("successful"),
    FAILED("failed"),
    DISMISSED("dismissed");

    private final String code;

    JobState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean finished() {
        return this == SUCCESSFUL || this == FAILED || this == DISMISSED;
    }
}
