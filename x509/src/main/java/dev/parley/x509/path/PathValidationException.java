package dev.parley.x509.path;

import dev.parley.x509.Certificate;
import java.util.Objects;

/**
 * Path validation refused a certificate chain: the only exception {@link PathValidator} throws.
 * It names the reason (for code), the certificate the reason concerns (whose subject the message
 * shows), the TLS alert the failure is meant to earn, and a detail that explains it to a person.
 */
public final class PathValidationException extends Exception {

    private final PathFailure reason;
    private final transient Certificate certificate;
    private final String detail;

    public PathValidationException(PathFailure reason, Certificate certificate, String detail) {
        super(reason + ": " + detail);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** What went wrong. */
    public PathFailure reason() {
        return reason;
    }

    /** The certificate the failure concerns. */
    public Certificate certificate() {
        return certificate;
    }

    /** The TLS alert this failure is meant to earn. */
    public SuggestedAlert suggestedAlert() {
        return reason.suggestedAlert();
    }

    /** The explanation, naming the certificate by its subject. */
    public String detail() {
        return detail;
    }
}
