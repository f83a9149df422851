package dev.parley.handshake;

import dev.parley.record.AlertDescription;
import dev.parley.record.FailureReason;

/**
 * What went wrong in the handshake, named after what the peer did, and the alert it earns
 * (RFC 8446 §6.2).
 *
 * <p>Plain syntax errors (truncation, trailing bytes, vector bounds) are the wire codec's
 * {@link dev.parley.record.wire.WireFailure}s and earn decode_error. The reasons here are the
 * failures a handshake decoder or the handshake layer detects whose alert is not decode_error.
 * The handshake states add their own reasons here as they arrive.
 */
public enum HandshakeFailure implements FailureReason {

    /**
     * An extension block holds two extensions of the same type (RFC 8446 §4.2). The RFC names no
     * alert, and implementations differ: OpenSSL's tls_collect_extensions answers
     * illegal_parameter, rustls answers decode_error for a ClientHello. We follow OpenSSL: each copy
     * decodes on its own, so the message is not out of range (decode_error, RFC 8446 §6.2) but
     * "inconsistent with other fields" (illegal_parameter).
     */
    DUPLICATE_EXTENSION(AlertDescription.ILLEGAL_PARAMETER),

    /** pre_shared_key is not the last extension of a ClientHello (RFC 8446 §4.2.11). */
    PRE_SHARED_KEY_NOT_LAST(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * OfferedPsks carries a different number of binders than identities: RFC 8446 §4.2.11 gives one
     * binder per identity, in the same order.
     */
    PSK_BINDER_COUNT_MISMATCH(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * A ClientHello key_share offers two shares for one group; RFC 8446 §4.2.8 lets servers check
     * this and answer illegal_parameter.
     */
    DUPLICATE_KEY_SHARE_GROUP(AlertDescription.ILLEGAL_PARAMETER),

    /** A server_name list names two servers of one name_type (RFC 6066 §3). */
    DUPLICATE_SERVER_NAME_TYPE(AlertDescription.ILLEGAL_PARAMETER),

    /** record_size_limit below 64 (RFC 8449 §4 demands illegal_parameter). */
    RECORD_SIZE_LIMIT_TOO_SMALL(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * A handshake message declares a length above the configured maximum. Not a protocol
     * violation but a limit of ours; OpenSSL answers an excessive message size with
     * illegal_parameter, and so do we.
     */
    HANDSHAKE_MESSAGE_TOO_LARGE(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * A handshake message of a type that cannot be received here: unknown, message_hash (which
     * only exists inside transcripts), or a Finished before any transcript hash is known
     * (RFC 8446 §4: an unexpected message is fatal with unexpected_message).
     */
    UNEXPECTED_HANDSHAKE_TYPE(AlertDescription.UNEXPECTED_MESSAGE),

    /**
     * Handshake bytes are buffered when the keys change: a message straddles the key change, or
     * one arrived in the same record as the message before the change (RFC 8446 §5.1).
     */
    MESSAGE_SPANS_KEY_CHANGE(AlertDescription.UNEXPECTED_MESSAGE),

    // --- Authentication (package auth), shared by both sides ---

    /**
     * The peer's CertificateVerify uses a scheme we did not offer, or one not allowed in a
     * CertificateVerify (RFC 8446 §4.4.3: "MUST be ... present in the signature_algorithms";
     * mismatches are illegal_parameter in OpenSSL and rustls).
     */
    SIGNATURE_SCHEME_NOT_OFFERED(AlertDescription.ILLEGAL_PARAMETER),

    /** The peer signed with a scheme its certificate's key cannot make (RFC 8446 §4.2.3). */
    SIGNATURE_SCHEME_KEY_MISMATCH(AlertDescription.ILLEGAL_PARAMETER),

    /** The peer's CertificateVerify signature does not verify (RFC 8446 §4.4.3: decrypt_error). */
    BAD_CERTIFICATE_VERIFY_SIGNATURE(AlertDescription.DECRYPT_ERROR),

    /** Our configured private key cannot sign the scheme chosen for it: a local fault. */
    OWN_KEY_UNUSABLE(AlertDescription.INTERNAL_ERROR),

    /** A certificate in the peer's chain does not parse (RFC 8446 §6.2: bad_certificate). */
    MALFORMED_PEER_CERTIFICATE(AlertDescription.BAD_CERTIFICATE),

    /** The peer's leaf carries a key type Parley does not support (unsupported_certificate). */
    UNSUPPORTED_PEER_KEY(AlertDescription.UNSUPPORTED_CERTIFICATE),

    /** The peer sent more certificates than any sane path could use. */
    CERTIFICATE_CHAIN_TOO_LONG(AlertDescription.BAD_CERTIFICATE);

    private final AlertDescription alert;

    HandshakeFailure(AlertDescription alert) {
        this.alert = alert;
    }

    @Override
    public AlertDescription alert() {
        return alert;
    }
}
