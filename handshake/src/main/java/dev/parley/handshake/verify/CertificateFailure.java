package dev.parley.handshake.verify;

import dev.parley.record.AlertDescription;
import dev.parley.record.FailureReason;
import dev.parley.x509.path.PathFailure;
import java.util.Objects;

/**
 * A path validation failure as a handshake failure: the x509 reason with the alert RFC 8446 §6.2
 * gives it. This is the single switch over x509's reasons (STYLE.md §5); a new x509 reason does
 * not compile until it is mapped here.
 *
 * @param pathFailure what path validation found
 */
public record CertificateFailure(PathFailure pathFailure) implements FailureReason {

    public CertificateFailure {
        Objects.requireNonNull(pathFailure, "pathFailure");
    }

    @Override
    public AlertDescription alert() {
        return switch (pathFailure) {
            // RFC 8446 §6.2 unknown_ca: "the CA certificate could not be located or could not be matched".
            case UNKNOWN_ISSUER, UNTRUSTED_ROOT -> AlertDescription.UNKNOWN_CA;
            // certificate_expired: "expired or not currently valid".
            case EXPIRED, NOT_YET_VALID -> AlertDescription.CERTIFICATE_EXPIRED;
            // certificate_revoked: "revoked by its signer".
            case REVOKED -> AlertDescription.CERTIFICATE_REVOKED;
            // certificate_unknown: "some other (unspecified) issue arose in processing the certificate".
            case REVOCATION_STATUS_UNKNOWN -> AlertDescription.CERTIFICATE_UNKNOWN;
            // unsupported_certificate: "of an unsupported type".
            case KEY_USAGE_NOT_ALLOWED, EXTENDED_KEY_USAGE_NOT_ALLOWED, UNSUPPORTED_NAME_CONSTRAINT,
                 WEAK_ALGORITHM, UNSUPPORTED_ALGORITHM, UNSUPPORTED_KEY, WEAK_KEY,
                 UNSUPPORTED_CRITICAL_EXTENSION -> AlertDescription.UNSUPPORTED_CERTIFICATE;
            // bad_certificate: "corrupt, contained signatures that did not verify correctly, etc.".
            case BAD_SIGNATURE, INVALID_PUBLIC_KEY, NOT_A_CA, END_ENTITY_IS_CA, PATH_LENGTH_EXCEEDED,
                 CHAIN_TOO_LONG, NAME_CONSTRAINTS_VIOLATED, MALFORMED_NAME_CONSTRAINTS, PROFILE_VIOLATION,
                 SIGNATURE_CHECK_LIMIT_EXCEEDED, NAME_CONSTRAINT_CHECK_LIMIT_EXCEEDED,
                 PATH_SEARCH_LIMIT_EXCEEDED -> AlertDescription.BAD_CERTIFICATE;
        };
    }

    @Override
    public String name() {
        return "CERTIFICATE_" + pathFailure.name();
    }
}
