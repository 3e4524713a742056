package org.geointerp.server.wps10;

import java.util.List;
import java.util.Map;
import org.geointerp.server.core.InputValue;

/**
 * A parsed WPS 1.0.0 Execute request, from KVP or XML.
 *
 * @param rawOutput set for RawDataOutput: the one output sent back as it is
 * @param outputs the ResponseDocument's outputs (empty: all outputs, embedded)
 * @param store storeExecuteResponse: answer at once with a status location
 * @param status status="true": the stored document is updated while the process runs
 */
record ExecuteRequest(
        String processId,
        Map<String, List<InputValue>> inputs,
        OutputRequest rawOutput,
        List<OutputRequest> outputs,
        boolean store,
        boolean status,
        boolean lineage) {

    record OutputRequest(String id, boolean asReference, String mimeType) {}

    /** The same request without its input values, to keep for status documents that do not repeat them. */
    ExecuteRequest withoutInputs() {
        return lineage ? this : new ExecuteRequest(processId, Map.of(), rawOutput, outputs, store, status, false);
    }

    boolean asynchronous() {
        // stored responses are always kept up to date here, so store alone makes a request asynchronous
        return store;
    }
}
