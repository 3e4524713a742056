package org.geointerp.process;

import org.geotools.process.ProcessException;

/**
 * An engine's refusal as the processes' refusal. The engines name their own arguments at the start of a message
 * ("points: at least 3 distinct locations are needed, ..."); the engine's point set is the process's {@code data},
 * so that prefix is renamed, and servers and the command line report the parameter the caller actually gave.
 * Other names (radius, kernel, ...) are the processes' own parameter names already.
 */
final class EngineRefusals {
    private static final String ENGINE_POINTS = "points:";

    private EngineRefusals() {}

    static ProcessException of(IllegalArgumentException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith(ENGINE_POINTS)) {
            message = "data:" + message.substring(ENGINE_POINTS.length());
        }
        return new ProcessException(message, e);
    }
}
