package dev.parley.record;

import java.util.Objects;

/**
 * A TLS protocol failure: its {@link FailureReason} (which fixes the alert to send) and a detail
 * for logs. The peer only ever sees the alert.
 *
 * <p>States and codecs throw this; they never send alerts themselves. The engine sends the alert
 * once and then reports the same failure on every later call.
 */
public class TlsException extends Exception {

    private final FailureReason reason;
    private final String detail;

    public TlsException(FailureReason reason, String detail) {
        this(reason, detail, null);
    }

    public TlsException(FailureReason reason, String detail, Throwable cause) {
        super(reason.name() + " (" + reason.alert() + "): " + detail, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** What went wrong. */
    public FailureReason reason() {
        return reason;
    }

    /** The alert this failure earns. */
    public AlertDescription alert() {
        return reason.alert();
    }

    /** The human-readable detail, without the reason and alert. */
    public String detail() {
        return detail;
    }
}
