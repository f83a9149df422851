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


    // --- Client states (package client) ---

    /**
     * The client's own configuration cannot make a TLS 1.3 ClientHello: no peer verifier (a client
     * never accepts a server unchecked by default), no TLS 1.3 among the versions, no TLS 1.3 cipher
     * suite, or a key share group without an implementation. A local fault, so internal_error.
     */
    CLIENT_CONFIG_UNUSABLE(AlertDescription.INTERNAL_ERROR),

    /**
     * The server sent a handshake message the client's state does not accept (RFC 8446 §4 and
     * Appendix A; §6.2: unexpected_message for a message out of order).
     */
    UNEXPECTED_SERVER_MESSAGE(AlertDescription.UNEXPECTED_MESSAGE),

    /**
     * A second HelloRetryRequest (RFC 8446 §4.1.4: "it MUST abort the handshake with an
     * "unexpected_message" alert").
     */
    SECOND_HELLO_RETRY_REQUEST(AlertDescription.UNEXPECTED_MESSAGE),

    /**
     * A CertificateRequest after the handshake, though we never sent post_handshake_auth
     * (RFC 8446 §4.6.2: the client "MUST send an "unexpected_message" fatal alert").
     */
    UNSOLICITED_POST_HANDSHAKE_AUTH(AlertDescription.UNEXPECTED_MESSAGE),

    /**
     * A ServerHello without supported_versions selects TLS 1.2 or older, which this client does not
     * speak (RFC 5246 §E.1: a version the client does not support earns protocol_version).
     */
    SERVER_SELECTED_OLD_VERSION(AlertDescription.PROTOCOL_VERSION),

    /**
     * A ServerHello selecting TLS 1.2 or older carries a downgrade sentinel in its random
     * (RFC 8446 §4.1.3: the client "MUST abort the handshake with an "illegal_parameter" alert").
     */
    DOWNGRADE_DETECTED(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * supported_versions in a ServerHello or HelloRetryRequest names a version we did not offer or
     * one before TLS 1.3 (RFC 8446 §4.2.1: illegal_parameter), or legacy_version is not 0x0303
     * (RFC 8446 §4.1.3 fixes it; a field inconsistent with the others is illegal_parameter, §6.2).
     */
    ILLEGAL_SELECTED_VERSION(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * legacy_session_id_echo differs from the legacy_session_id we sent (RFC 8446 §4.1.3:
     * illegal_parameter).
     */
    SESSION_ID_ECHO_MISMATCH(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * The server chose a cipher suite we did not offer (RFC 8446 §4.1.3: illegal_parameter), or
     * after a HelloRetryRequest another suite than the one it named there (§4.1.4: illegal_parameter).
     */
    CIPHER_SUITE_NOT_OFFERED(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * legacy_compression_method is not 0 (RFC 8446 §4.1.3 requires 0; the RFC names no alert, and
     * Go's crypto/tls answers illegal_parameter, as we do).
     */
    COMPRESSION_METHOD_NOT_NULL(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * The server answered with an extension we did not send (RFC 8446 §4.2: "an endpoint MUST abort
     * the handshake with an "unsupported_extension" alert"), GREASE ones included (RFC 8701 §3.1).
     */
    EXTENSION_NOT_OFFERED(AlertDescription.UNSUPPORTED_EXTENSION),

    /**
     * A recognized extension in a message the RFC 8446 §4.2 table does not list it for (§4.2: "it
     * MUST abort the handshake with an "illegal_parameter" alert").
     */
    EXTENSION_NOT_ALLOWED(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * A ServerHello without key_share in a full handshake: every mode we offer needs (EC)DHE
     * (RFC 8446 §4.2.9), so a mandatory extension is missing (§6.2: missing_extension).
     */
    MISSING_KEY_SHARE(AlertDescription.MISSING_EXTENSION),

    /**
     * A key share in a group its sender did not offer: the server's share in a group the client
     * sent no share for (RFC 8446 §4.2.8: it "MUST be in the same group as the KeyShareEntry value
     * offered by the client", else illegal_parameter), or a client's share for a group missing from
     * its own supported_groups (§4.2.8: servers "MAY ... abort the handshake with an
     * illegal_parameter alert").
     */
    KEY_SHARE_GROUP_NOT_OFFERED(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * The server's key share is not a valid public value of its group, or gives the all-zero X25519
     * result (RFC 8446 §4.2.8.2 and §7.4.2; rustls and OpenSSL answer illegal_parameter).
     */
    INVALID_SERVER_KEY_SHARE(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * A HelloRetryRequest's selected_group is not in our supported_groups, or already had a share
     * (RFC 8446 §4.2.8: the client "MUST abort the handshake with an "illegal_parameter" alert").
     */
    HELLO_RETRY_GROUP_INVALID(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * A HelloRetryRequest that would not change the ClientHello (RFC 8446 §4.1.4: "Clients MUST
     * abort the handshake with an "illegal_parameter" alert").
     */
    HELLO_RETRY_WITHOUT_CHANGE(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * A HelloRetryRequest without supported_versions, which RFC 8446 §4.1.4 makes mandatory
     * (§6.2: missing_extension).
     */
    HELLO_RETRY_WITHOUT_SUPPORTED_VERSIONS(AlertDescription.MISSING_EXTENSION),

    /**
     * The server asked (in a HelloRetryRequest) for a group our configuration lists but Parley
     * cannot compute: no acceptable parameters (RFC 8446 §6.2: handshake_failure).
     */
    SELECTED_GROUP_UNIMPLEMENTED(AlertDescription.HANDSHAKE_FAILURE),

    /**
     * The server accepted a PSK we did not offer, one with another hash than its cipher suite's,
     * or a PSK without the key_share psk_dhe_ke requires (RFC 8446 §4.2.11: "the client MUST abort
     * the handshake with an "illegal_parameter" alert").
     */
    ILLEGAL_PSK_SELECTION(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * The server's ALPN answer does not hold exactly one protocol (RFC 7301 §3.1). OpenSSL reads
     * the answer as one name filling the list and fails otherwise with decode_error; so do we.
     */
    ALPN_ANSWER_NOT_ONE_PROTOCOL(AlertDescription.DECODE_ERROR),

    /**
     * The server selected an application protocol we did not offer (RFC 7301 §3.2 leaves the alert
     * open; OpenSSL and rustls answer illegal_parameter).
     */
    ALPN_PROTOCOL_NOT_OFFERED(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * A certificate_request_context that is not empty in the main handshake, in a CertificateRequest
     * (RFC 8446 §4.3.2) or the server's Certificate (§4.4.2): "SHALL be zero length". The field is
     * inconsistent with the handshake it appears in (§6.2: illegal_parameter).
     */
    REQUEST_CONTEXT_NOT_EMPTY(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * A CertificateRequest without signature_algorithms (RFC 8446 §4.3.2: "MUST be specified";
     * §6.2: missing_extension).
     */
    CERTIFICATE_REQUEST_WITHOUT_SIGNATURE_ALGORITHMS(AlertDescription.MISSING_EXTENSION),

    /**
     * The server's Certificate message has no certificate (RFC 8446 §4.4.2.4: the client "MUST
     * abort the handshake with a "decode_error" alert").
     */
    EMPTY_SERVER_CERTIFICATE(AlertDescription.DECODE_ERROR),

    /**
     * A stapled status of another type than ocsp, the only one we ask for (RFC 8446 §4.4.2.1: the
     * body "MUST be a CertificateStatus structure" answering our request; §6.2: illegal_parameter).
     */
    CERTIFICATE_STATUS_NOT_OCSP(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * A KeyUpdate whose request_update is neither 0 nor 1 (RFC 8446 §4.6.3: "it MUST terminate the
     * connection with an "illegal_parameter" alert").
     */
    ILLEGAL_KEY_UPDATE_REQUEST(AlertDescription.ILLEGAL_PARAMETER),


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
    CLIENT_CERTIFICATE_REQUIRED(AlertDescription.CERTIFICATE_REQUIRED);

    private final AlertDescription alert;

    HandshakeFailure(AlertDescription alert) {
        this.alert = alert;
    }

    @Override
    public AlertDescription alert() {
        return alert;
    }
}
