package dev.parley;

import dev.parley.record.AlertDescription;
import dev.parley.record.FailureReason;
import dev.parley.x509.path.SuggestedAlert;

/**
 * Why Parley refused the peer's certificate, and the alert each refusal sends (RFC 8446 §6.2).
 * The chain's failures come from x509 path validation, whose {@link SuggestedAlert} names the
 * alert; {@link #of} maps them in one switch.
 */
enum VerifyFailure implements FailureReason {

    /** No path to a trust anchor: unknown_ca. */
    UNTRUSTED_ISSUER(AlertDescription.UNKNOWN_CA),
    /** Outside its validity period: certificate_expired. */
    EXPIRED(AlertDescription.CERTIFICATE_EXPIRED),
    /** Revoked by its issuer: certificate_revoked. */
    REVOKED(AlertDescription.CERTIFICATE_REVOKED),
    /** A key, algorithm or purpose that is not acceptable: unsupported_certificate. */
    UNSUPPORTED(AlertDescription.UNSUPPORTED_CERTIFICATE),
    /** Badly signed or against the profile: bad_certificate. */
    BAD_CERTIFICATE(AlertDescription.BAD_CERTIFICATE),
    /** Revocation status unknown: certificate_unknown. */
    STATUS_UNKNOWN(AlertDescription.CERTIFICATE_UNKNOWN),
    /**
     * A valid chain for another name (RFC 6125 §6): bad_certificate, as rustls and Go's crypto/tls
     * answer a name mismatch.
     */
    HOSTNAME_MISMATCH(AlertDescription.BAD_CERTIFICATE),
    /** The program's {@code SSL_verify_callback} refused a certificate: bad_certificate. */
    REFUSED_BY_CALLBACK(AlertDescription.BAD_CERTIFICATE);

    private final AlertDescription alert;

    VerifyFailure(AlertDescription alert) {
        this.alert = alert;
    }

    @Override
    public AlertDescription alert() {
        return alert;
    }

    /** The failure for a path validation refusal with {@code alert}. */
    static VerifyFailure of(SuggestedAlert alert) {
        return switch (alert) {
            case UNKNOWN_CA -> UNTRUSTED_ISSUER;
            case CERTIFICATE_EXPIRED -> EXPIRED;
            case CERTIFICATE_REVOKED -> REVOKED;
            case UNSUPPORTED_CERTIFICATE -> UNSUPPORTED;
            case BAD_CERTIFICATE -> BAD_CERTIFICATE;
            case CERTIFICATE_UNKNOWN -> STATUS_UNKNOWN;
        };
    }
}
