package dev.parley.record;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * AlertDescription: the TLS Alert Registry (RFC 8446 §6 and §11, RFC 5246 §7.2, and the values
 * added by RFC 7301, RFC 7507, RFC 8446 and RFC 9849). A value record, so unknown descriptions
 * decode, round-trip and print as {@code AlertDescription(n)}.
 *
 * @param code the wire value, 0..255
 */
public record AlertDescription(int code) {

    private static final Map<Integer, String> NAMES = new LinkedHashMap<>();

    public static final AlertDescription CLOSE_NOTIFY = define(0, "close_notify");
    public static final AlertDescription UNEXPECTED_MESSAGE = define(10, "unexpected_message");
    public static final AlertDescription BAD_RECORD_MAC = define(20, "bad_record_mac");
    public static final AlertDescription DECRYPTION_FAILED_RESERVED = define(21, "decryption_failed_RESERVED");
    public static final AlertDescription RECORD_OVERFLOW = define(22, "record_overflow");
    public static final AlertDescription DECOMPRESSION_FAILURE_RESERVED = define(30, "decompression_failure_RESERVED");
    public static final AlertDescription HANDSHAKE_FAILURE = define(40, "handshake_failure");
    public static final AlertDescription NO_CERTIFICATE_RESERVED = define(41, "no_certificate_RESERVED");
    public static final AlertDescription BAD_CERTIFICATE = define(42, "bad_certificate");
    public static final AlertDescription UNSUPPORTED_CERTIFICATE = define(43, "unsupported_certificate");
    public static final AlertDescription CERTIFICATE_REVOKED = define(44, "certificate_revoked");
    public static final AlertDescription CERTIFICATE_EXPIRED = define(45, "certificate_expired");
    public static final AlertDescription CERTIFICATE_UNKNOWN = define(46, "certificate_unknown");
    public static final AlertDescription ILLEGAL_PARAMETER = define(47, "illegal_parameter");
    public static final AlertDescription UNKNOWN_CA = define(48, "unknown_ca");
    public static final AlertDescription ACCESS_DENIED = define(49, "access_denied");
    public static final AlertDescription DECODE_ERROR = define(50, "decode_error");
    public static final AlertDescription DECRYPT_ERROR = define(51, "decrypt_error");
    public static final AlertDescription EXPORT_RESTRICTION_RESERVED = define(60, "export_restriction_RESERVED");
    public static final AlertDescription PROTOCOL_VERSION = define(70, "protocol_version");
    public static final AlertDescription INSUFFICIENT_SECURITY = define(71, "insufficient_security");
    public static final AlertDescription INTERNAL_ERROR = define(80, "internal_error");
    public static final AlertDescription INAPPROPRIATE_FALLBACK = define(86, "inappropriate_fallback");
    public static final AlertDescription USER_CANCELED = define(90, "user_canceled");
    public static final AlertDescription NO_RENEGOTIATION = define(100, "no_renegotiation");
    public static final AlertDescription MISSING_EXTENSION = define(109, "missing_extension");
    public static final AlertDescription UNSUPPORTED_EXTENSION = define(110, "unsupported_extension");
    public static final AlertDescription CERTIFICATE_UNOBTAINABLE_RESERVED = define(111, "certificate_unobtainable_RESERVED");
    public static final AlertDescription UNRECOGNIZED_NAME = define(112, "unrecognized_name");
    public static final AlertDescription BAD_CERTIFICATE_STATUS_RESPONSE = define(113, "bad_certificate_status_response");
    public static final AlertDescription BAD_CERTIFICATE_HASH_VALUE_RESERVED = define(114, "bad_certificate_hash_value_RESERVED");
    public static final AlertDescription UNKNOWN_PSK_IDENTITY = define(115, "unknown_psk_identity");
    public static final AlertDescription CERTIFICATE_REQUIRED = define(116, "certificate_required");
    public static final AlertDescription NO_APPLICATION_PROTOCOL = define(120, "no_application_protocol");
    public static final AlertDescription ECH_REQUIRED = define(121, "ech_required");

    public AlertDescription {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("AlertDescription out of range: " + code);
        }
    }

    private static AlertDescription define(int code, String name) {
        NAMES.put(code, name);
        return new AlertDescription(code);
    }

    /** The registry name, if this value is registered. */
    public Optional<String> registeredName() {
        return Optional.ofNullable(NAMES.get(code));
    }

    /**
     * Whether this alert closes the connection in an orderly way rather than reporting an error:
     * close_notify and user_canceled are the closure alerts (RFC 8446 §6.1); every other
     * description, known or unknown, is an error alert (RFC 8446 §6.2).
     */
    public boolean isClosure() {
        return code == 0 || code == 90;
    }

    /** The registry name, or {@code AlertDescription(n)} for an unregistered value. */
    @Override
    public String toString() {
        return registeredName().orElse("AlertDescription(" + code + ")");
    }
}
