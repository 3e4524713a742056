package org.geointerp.server.wps10;

import org.geointerp.server.core.MediaTypes;

/** The URLs this WPS hands out: where it is, where a stored status and a stored result live. */
record Urls(String endpoint) {

    String status(String jobId) {
        return endpoint + "/status/" + jobId;
    }

    /** Ends in a file extension so clients that name downloads after the URL (OWSLib) get a usable name. */
    String result(String jobId, String outputId, String mediaType) {
        return endpoint + "/results/" + jobId + "/" + outputId + "." + MediaTypes.extension(mediaType);
    }
}
