package dev.parley.x509.crl;

import java.util.Optional;

/**
 * Why a certificate was revoked: the values of the reasonCode CRL entry extension
 * (RFC 5280 §5.3.1: {@code CRLReason ::= ENUMERATED { unspecified (0), keyCompromise (1), ... }}).
 * Value 7 is not assigned.
 */
public enum CrlReason {
    UNSPECIFIED(0),
    KEY_COMPROMISE(1),
    CA_COMPROMISE(2),
    AFFILIATION_CHANGED(3),
    SUPERSEDED(4),
    CESSATION_OF_OPERATION(5),
    CERTIFICATE_HOLD(6),
    REMOVE_FROM_CRL(8),
    PRIVILEGE_WITHDRAWN(9),
    AA_COMPROMISE(10);

    private final int code;

    CrlReason(int code) {
        this.code = code;
    }

    /** The ENUMERATED value. */
    public int code() {
        return code;
    }

    /** The reason with ENUMERATED value {@code code}, if RFC 5280 assigns it. */
    public static Optional<CrlReason> of(int code) {
        for (CrlReason reason : values()) {
            if (reason.code == code) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
