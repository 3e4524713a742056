package org.geointerp.server.core;

/**
 * A request failure that is reported to the client as an OWS exception report (WPS) or an
 * OGC API problem document, never as a stack trace. The code is one of the WPS 1.0.0 /
 * OWS 1.1 exception codes; the locator names the offending parameter.
 */
public final class OwsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String MISSING_PARAMETER = "MissingParameterValue";
    public static final String INVALID_PARAMETER = "InvalidParameterValue";
    public static final String OPERATION_NOT_SUPPORTED = "OperationNotSupported";
    public static final String VERSION_NEGOTIATION_FAILED = "VersionNegotiationFailed";
    public static final String NO_APPLICABLE_CODE = "NoApplicableCode";
    public static final String FILE_SIZE_EXCEEDED = "FileSizeExceeded";
    public static final String SERVER_BUSY = "ServerBusy";
    public static final String NOT_FOUND = "NotFound";
    /** OGC API - Processes Part 1 exception types (answered with HTTP 404). */
    public static final String NO_SUCH_PROCESS = "no-such-process";

    public static final String NO_SUCH_JOB = "no-such-job";
    public static final String NO_SUCH_OUTPUT = "no-such-output";
    public static final String RESULT_NOT_READY = "result-not-ready";

    private final String code;
    private final String locator;
    private final int httpStatus;

    public OwsException(String code, String locator, String message) {
        this(code, locator, message, null);
    }

    public OwsException(String code, String locator, String message, Throwable cause) {
        this(code, locator, message, cause, statusFor(code));
    }

    /** For a code whose usual status does not fit, e.g. NoApplicableCode for a request body the client got wrong. */
    public OwsException(String code, String locator, String message, Throwable cause, int httpStatus) {
        super(message, cause);
        this.code = code;
        this.locator = locator;
        this.httpStatus = httpStatus;
    }

    /** HTTP status per OWS Common 1.1 (table 28) and the WPS 1.0.0 codes it does not list. */
    static int statusFor(String code) {
        switch (code) {
            case MISSING_PARAMETER:
            case INVALID_PARAMETER:
            case OPERATION_NOT_SUPPORTED:
            case VERSION_NEGOTIATION_FAILED:
                return 400;
            case NOT_FOUND:
            case NO_SUCH_PROCESS:
            case NO_SUCH_JOB:
            case NO_SUCH_OUTPUT:
            case RESULT_NOT_READY:
                return 404;
            case FILE_SIZE_EXCEEDED:
                return 413;
            case SERVER_BUSY:
                return 503;
            default:
                return 500;
        }
    }

    public String code() {
        return code;
    }

    public String locator() {
        return locator;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
