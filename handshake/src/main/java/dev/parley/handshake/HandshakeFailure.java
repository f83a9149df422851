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
    CERTIFICATE_CHAIN_TOO_LONG(AlertDescription.BAD_CERTIFICATE),

    // --- Server states ---

    /**
     * The client sent a valid handshake message that has no place in the server's current state,
     * such as a Certificate nobody asked for or a second Finished (RFC 8446 §6.2: "an inappropriate
     * message (e.g., the wrong handshake message ...)" is unexpected_message).
     */
    CLIENT_MESSAGE_OUT_OF_ORDER(AlertDescription.UNEXPECTED_MESSAGE),

    /**
     * The ClientHello offers no version Parley's server speaks: no supported_versions with 0x0304,
     * or a legacy_version of 0x0300 or below (RFC 8446 Appendix D: "MUST abort the handshake with a
     * protocol_version alert"; TLS 1.2 is not implemented yet).
     */
    CLIENT_OFFERS_NO_SUPPORTED_VERSION(AlertDescription.PROTOCOL_VERSION),

    /**
     * legacy_compression_methods is not exactly the one null method (RFC 8446 §4.1.2: "the server
     * MUST abort the handshake with an illegal_parameter alert").
     */
    COMPRESSION_METHODS_NOT_NULL(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * The ClientHello carries an extension we know that RFC 8446 §4.2 does not allow in a
     * ClientHello ("MUST abort the handshake with an illegal_parameter alert").
     */
    EXTENSION_NOT_ALLOWED_IN_CLIENT_HELLO(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * A mandatory extension is missing (RFC 8446 §9.2: without pre_shared_key a ClientHello needs
     * signature_algorithms and supported_groups, supported_groups needs key_share and vice versa;
     * "MUST abort the handshake with a missing_extension alert"; §4.2.3 likewise for
     * signature_algorithms when the server authenticates with a certificate).
     */
    MISSING_MANDATORY_EXTENSION(AlertDescription.MISSING_EXTENSION),

    /**
     * pre_shared_key without psk_key_exchange_modes (RFC 8446 §4.2.9: "servers MUST abort the
     * handshake"; the alert is missing_extension, as for every absent mandatory extension in §9.2).
     */
    PSK_WITHOUT_KEY_EXCHANGE_MODES(AlertDescription.MISSING_EXTENSION),

    /**
     * A key share for a group the client did not list in supported_groups (RFC 8446 §4.2.8:
     * servers "MAY ... abort the handshake with an illegal_parameter alert").
     */
    KEY_SHARE_GROUP_NOT_OFFERED(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * The client's key share is not a valid public value of its group, or yields the all-zero
     * secret (RFC 8446 §4.2.8.2, §7.4.2; illegal_parameter, as OpenSSL and rustls answer).
     */
    INVALID_CLIENT_KEY_SHARE(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * No TLS 1.3 cipher suite in common (RFC 8446 §4.1.1: "MUST abort the handshake with either a
     * handshake_failure or insufficient_security").
     */
    NO_COMMON_CIPHER_SUITE(AlertDescription.HANDSHAKE_FAILURE),

    /** No key-exchange group in common (RFC 8446 §4.1.1: handshake_failure). */
    NO_COMMON_GROUP(AlertDescription.HANDSHAKE_FAILURE),

    /**
     * None of the server's certificates can sign with a scheme the client accepts (RFC 8446
     * §4.1.1: no overlap in parameters is handshake_failure).
     */
    NO_CERTIFICATE_FOR_CLIENT(AlertDescription.HANDSHAKE_FAILURE),

    /**
     * The client's ALPN protocols and ours do not overlap (RFC 7301 §3.2: "the server MUST respond
     * with a fatal no_application_protocol alert").
     */
    NO_COMMON_APPLICATION_PROTOCOL(AlertDescription.NO_APPLICATION_PROTOCOL),

    /**
     * The second ClientHello differs from the first beyond what RFC 8446 §4.1.2 allows after a
     * HelloRetryRequest (the client "MUST send the same ClientHello without modification, except
     * ..."); illegal_parameter, as for every inconsistent field.
     */
    RETRY_CLIENT_HELLO_CHANGED(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * The second ClientHello does not hold exactly one key share, for the group the
     * HelloRetryRequest selected (RFC 8446 §4.2.8); illegal_parameter.
     */
    RETRY_KEY_SHARE_MISMATCH(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * early_data in the second ClientHello (RFC 8446 §4.2.10: "A client MUST NOT include the
     * early_data extension in its followup ClientHello"); illegal_parameter.
     */
    EARLY_DATA_AFTER_RETRY(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * The server asks for client certificates but has no verifier to judge them: a configuration
     * fault, refused before a client could be let in unchecked.
     */
    CLIENT_AUTH_WITHOUT_VERIFIER(AlertDescription.INTERNAL_ERROR),

    /**
     * The client's Certificate does not echo the (empty) certificate_request_context of our
     * CertificateRequest (RFC 8446 §4.4.2); illegal_parameter.
     */
    CERTIFICATE_REQUEST_CONTEXT_MISMATCH(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * A CertificateEntry of the client carries an extension our CertificateRequest did not ask for
     * (RFC 8446 §4.2: "MUST abort the handshake with an unsupported_extension alert").
     */
    UNSOLICITED_CERTIFICATE_EXTENSION(AlertDescription.UNSUPPORTED_EXTENSION),

    /**
     * The client sent no certificate although the server requires one (RFC 8446 §4.4.2.4: the
     * server MAY "abort the handshake with a certificate_required alert").
     */
    CLIENT_CERTIFICATE_REQUIRED(AlertDescription.CERTIFICATE_REQUIRED),

    /**
     * A KeyUpdate whose request_update is neither 0 nor 1 (RFC 8446 §4.6.3: "MUST terminate the
     * connection with an illegal_parameter alert").
     */
    INVALID_KEY_UPDATE_REQUEST(AlertDescription.ILLEGAL_PARAMETER);

    private final AlertDescription alert;

    HandshakeFailure(AlertDescription alert) {
        this.alert = alert;
    }

    @Override
    public AlertDescription alert() {
        return alert;
    }
}
