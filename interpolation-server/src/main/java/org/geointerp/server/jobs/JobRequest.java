package org.geointerp.server.jobs;

import java.util.Map;
import org.geointerp.server.core.ProcessInfo;

/**
 * What a client asked to run.
 *
 * @param process the process
 * @param inputs the bound inputs the process executes with
 * @param mediaTypes media type the client asked for per output (absent: the output's default)
 * @param owner the client that started it (its address); the job list shows a client its own jobs
 */
public record JobRequest(
        ProcessInfo process, Map<String, Object> inputs, Map<String, String> mediaTypes, String owner) {
    public JobRequest {
        mediaTypes = Map.copyOf(mediaTypes);
    }
}
