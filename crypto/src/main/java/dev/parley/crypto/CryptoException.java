package dev.parley.crypto;

import java.util.Objects;

/**
 * A cryptographic operation refused its input. The crypto module knows nothing of TLS; the
 * record layer and the handshake map each {@link Kind} onto the alert it earns there.
 */
public final class CryptoException extends Exception {

    /** What was wrong. */
    public enum Kind {
        /** An AEAD tag did not verify (TLS: bad_record_mac). */
        AUTHENTICATION_FAILED,
        /** A peer's key-agreement share is malformed or unsafe (TLS: illegal_parameter). */
        INVALID_PUBLIC_SHARE,
        /** A key does not fit the algorithm or is not a valid key at all. */
        INVALID_KEY,
        /** An input has the wrong length or shape for the operation. */
        INVALID_INPUT
    }

    private final Kind kind;

    public CryptoException(Kind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
