package dev.parley.handshake.verify;

import dev.parley.record.AlertDescription;
import dev.parley.record.FailureReason;

/** The peer's certificate is valid but does not name the peer we wanted. */
public enum IdentityFailure implements FailureReason {

    /**
     * The certificate does not match the host name or address under the chosen scheme
     * (RFC 6125 §6; rustls and OpenSSL answer bad_certificate).
     */
    HOSTNAME_MISMATCH(AlertDescription.BAD_CERTIFICATE),

    /**
     * A hostname scheme asks for a name check but no name was given to check against; failing
     * closed is the only safe answer (IO::Socket::SSL fails too when no name can be determined).
     */
    NO_NAME_TO_VERIFY(AlertDescription.INTERNAL_ERROR),

    /** Only pinned certificates are accepted, and the peer's leaf matches no pin. */
    FINGERPRINT_MISMATCH(AlertDescription.BAD_CERTIFICATE);

    private final AlertDescription alert;

    IdentityFailure(AlertDescription alert) {
        this.alert = alert;
    }

    @Override
    public AlertDescription alert() {
        return alert;
    }
}
