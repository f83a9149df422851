package dev.parley.x509;

import java.util.Objects;

/**
 * The x509 module refused its input: the only exception its parsers throw. It carries an
 * {@link X509Failure} (what went wrong, for code) and a detail (where and why, for logs).
 */
public final class X509Exception extends Exception {

    private final X509Failure reason;
    private final String detail;

    public X509Exception(X509Failure reason, String detail) {
        super(reason + ": " + detail);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** What went wrong. */
    public X509Failure reason() {
        return reason;
    }

    /** Where and why, for logs. */
    public String detail() {
        return detail;
    }

    /** The same failure with {@code context} put in front of the detail, as it travels outward. */
    public X509Exception within(String context) {
        X509Exception wrapped = new X509Exception(reason, context + ": " + detail);
        wrapped.setStackTrace(getStackTrace());
        return wrapped;
    }
}
