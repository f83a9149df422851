package dev.parley.record;

/**
 * Everything the record layer can refuse, each with the alert it earns and the text that assigns
 * that alert (RFC 8446 §5–§6, RFC 5246 §6–§7, RFC 8449 §4). Where an RFC names no alert, the
 * choice follows what OpenSSL, BoringSSL, rustls or Go do, and says which.
 *
 * <p>Syntax failures of the wire codec itself are {@link dev.parley.record.wire.WireFailure}s.
 */
public enum RecordFailure implements FailureReason {

    /**
     * A record (or, in TLS 1.3, the content type inside a protected record) of a type this
     * connection does not speak. RFC 8446 §5: "If a TLS implementation receives an unexpected
     * record type, it MUST terminate the connection with an unexpected_message alert."
     */
    UNKNOWN_CONTENT_TYPE(AlertDescription.UNEXPECTED_MESSAGE),

    /**
     * A record header whose version does not even start with the byte 3 (SSL 3.0 and every TLS).
     * RFC 5246 Appendix E.1 lets a record carry any {03,XX}; anything else is not a TLS record.
     * rustls ({@code read_opaque_message_header}) answers decode_error; OpenSSL sends
     * protocol_version, or no alert at all on the first record. Parley follows rustls.
     */
    RECORD_VERSION_NOT_TLS(AlertDescription.DECODE_ERROR),

    /**
     * After TLS 1.2 was negotiated, a record whose version is not {03,03}. RFC 5246 §6.2.1 makes
     * the field "the version of the protocol being employed"; OpenSSL
     * ({@code tls_get_more_records}) and Go ({@code readRecordOrCCS}) answer protocol_version.
     */
    RECORD_VERSION_MISMATCH(AlertDescription.PROTOCOL_VERSION),

    /**
     * A record header announcing more bytes than the current protection allows: 2^14 in
     * plaintext (RFC 8446 §5.1), 2^14+256 under TLS 1.3 keys (RFC 8446 §5.2), 2^14+2048 under
     * TLS 1.2 keys (RFC 5246 §6.2.3). Each says: "An endpoint that receives a record that exceeds
     * this length MUST terminate the connection with a record_overflow alert."
     */
    RECORD_LENGTH_OVERFLOW(AlertDescription.RECORD_OVERFLOW),

    /**
     * A protected record that opens to more plaintext than the protocol allows: a TLSInnerPlaintext
     * over 2^14+1 octets (RFC 8446 §5.4) or a TLS 1.2 plaintext over 2^14 (RFC 5246 §6.2.1).
     * RFC 5246 §7.2.2 assigns record_overflow to a record that decrypts past the limit.
     */
    PLAINTEXT_OVERFLOW(AlertDescription.RECORD_OVERFLOW),

    /**
     * A protected record larger than the record_size_limit this endpoint advertised. RFC 8449
     * §4: "A TLS endpoint that receives a record larger than its advertised limit MUST generate a
     * fatal record_overflow alert."
     */
    RECORD_SIZE_LIMIT_EXCEEDED(AlertDescription.RECORD_OVERFLOW),

    /**
     * A zero-length handshake, alert or change_cipher_spec fragment. RFC 8446 §5.1 and RFC 5246
     * §6.2.1 forbid sending them but name no alert; OpenSSL ({@code tls_get_more_records},
     * SSL_R_BAD_LENGTH) answers unexpected_message, rustls decode_error. Parley follows OpenSSL:
     * the record is well formed, it is just not allowed.
     */
    EMPTY_FRAGMENT(AlertDescription.UNEXPECTED_MESSAGE),

    /**
     * An alert record that is not exactly one two-byte alert. RFC 8446 §5.1: "a record with an
     * Alert type MUST contain exactly one message"; BoringSSL ({@code ssl_process_alert}) and
     * OpenSSL answer decode_error.
     */
    ALERT_RECORD_LENGTH(AlertDescription.DECODE_ERROR),

    /**
     * A protected record that does not open: wrong tag, altered header, replayed, reordered or too
     * short to hold a tag. RFC 8446 §5.2: "If the decryption fails, the receiver MUST terminate
     * the connection with a bad_record_mac alert." Nothing more specific is ever reported.
     */
    BAD_RECORD_MAC(AlertDescription.BAD_RECORD_MAC),

    /**
     * Under TLS 1.3 keys, a record whose outer type is neither application_data nor the
     * compatibility change_cipher_spec. RFC 8446 §5.2: the outer opaque_type "is always set to the
     * value 23 (application_data)"; §5 makes any other record type unexpected_message.
     */
    UNENCRYPTED_RECORD_UNDER_TLS13_KEYS(AlertDescription.UNEXPECTED_MESSAGE),

    /**
     * A TLSInnerPlaintext made only of zeros, so it names no content type. RFC 8446 §5.4: "If a
     * receiving implementation does not find a non-zero octet in the cleartext, it MUST terminate
     * the connection with an unexpected_message alert."
     */
    MISSING_INNER_CONTENT_TYPE(AlertDescription.UNEXPECTED_MESSAGE),

    /**
     * A change_cipher_spec inside a TLS 1.3 protected record. RFC 8446 §5: "An implementation
     * which receives any other change_cipher_spec value or which receives a protected
     * change_cipher_spec record MUST abort the handshake with an unexpected_message alert."
     */
    PROTECTED_CHANGE_CIPHER_SPEC(AlertDescription.UNEXPECTED_MESSAGE),

    /**
     * More than {@link RecordReader#MAX_CONSECUTIVE_EMPTY_RECORDS} records in a row that carry
     * nothing (zero-length application data, warning alerts, compatibility change_cipher_spec).
     * No RFC limits them; Go ({@code retryReadRecord}, "too many ignored records"), OpenSSL
     * (MAX_EMPTY_RECORDS) and BoringSSL (kMaxWarningAlerts) all stop such a stream with
     * unexpected_message.
     */
    TOO_MANY_EMPTY_RECORDS(AlertDescription.UNEXPECTED_MESSAGE),

    /**
     * While skipping rejected 0-RTT data, more undecryptable bytes than the configured budget.
     * RFC 8446 §4.2.10 lets a server discard records that fail deprotection "up to the configured
     * max_early_data_size" and makes receiving more unexpected_message.
     */
    EARLY_DATA_LIMIT_EXCEEDED(AlertDescription.UNEXPECTED_MESSAGE),

    /**
     * The 64-bit sequence number of one direction reached 2^64-1. RFC 8446 §5.3: "If a TLS
     * implementation would need to wrap a sequence number, it MUST either rekey or terminate the
     * connection"; RFC 5246 §6.1: sequence numbers "MUST NOT wrap". Nothing went wrong on the
     * peer's side, so the connection ends with close_notify.
     */
    SEQUENCE_NUMBERS_EXHAUSTED(AlertDescription.CLOSE_NOTIFY),

    /**
     * A key protected as many records as its AEAD may safely protect (RFC 8446 §5.5: about
     * 2^24.5 full-size records for AES-GCM). In TLS 1.3 the engine should have sent a KeyUpdate
     * first ({@link RecordWriter#keyUpdateDue()}); TLS 1.2 has no key update, so writing stops
     * here and the connection ends with close_notify.
     */
    KEY_USAGE_LIMIT_REACHED(AlertDescription.CLOSE_NOTIFY),

    /**
     * In TLS 1.2, an alert whose level is neither warning nor fatal. RFC 5246 §7.2 defines only
     * those two; OpenSSL and BoringSSL ({@code SSL_R_UNKNOWN_ALERT_TYPE}) answer illegal_parameter.
     */
    UNKNOWN_ALERT_LEVEL(AlertDescription.ILLEGAL_PARAMETER),

    /**
     * In TLS 1.3, a warning-level alert other than close_notify or user_canceled. RFC 8446 §6.2
     * makes every such alert an error "regardless of the AlertLevel in the message"; BoringSSL
     * (whose comment says this "matches NSS and OpenSSL") and rustls answer decode_error.
     */
    WARNING_ALERT_IN_TLS13(AlertDescription.DECODE_ERROR);

    private final AlertDescription alert;

    RecordFailure(AlertDescription alert) {
        this.alert = alert;
    }

    @Override
    public AlertDescription alert() {
        return alert;
    }
}
