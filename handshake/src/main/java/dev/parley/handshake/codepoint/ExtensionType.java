package dev.parley.handshake.codepoint;

import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * ExtensionType (RFC 8446 §4.2 and the IANA TLS ExtensionType Values registry). A value record, so
 * unknown and GREASE types decode, round-trip and print as {@code ExtensionType(0x1a1a)}.
 *
 * @param code the wire value, 0..0xFFFF
 */
public record ExtensionType(int code) {

    private static final Map<Integer, String> NAMES = new HashMap<>();

    public static final ExtensionType SERVER_NAME = define(0, "server_name");
    public static final ExtensionType MAX_FRAGMENT_LENGTH = define(1, "max_fragment_length");
    public static final ExtensionType STATUS_REQUEST = define(5, "status_request");
    public static final ExtensionType SUPPORTED_GROUPS = define(10, "supported_groups");
    public static final ExtensionType EC_POINT_FORMATS = define(11, "ec_point_formats");
    public static final ExtensionType SIGNATURE_ALGORITHMS = define(13, "signature_algorithms");
    public static final ExtensionType USE_SRTP = define(14, "use_srtp");
    public static final ExtensionType HEARTBEAT = define(15, "heartbeat");
    public static final ExtensionType APPLICATION_LAYER_PROTOCOL_NEGOTIATION =
            define(16, "application_layer_protocol_negotiation");
    public static final ExtensionType STATUS_REQUEST_V2 = define(17, "status_request_v2");
    public static final ExtensionType SIGNED_CERTIFICATE_TIMESTAMP = define(18, "signed_certificate_timestamp");
    public static final ExtensionType CLIENT_CERTIFICATE_TYPE = define(19, "client_certificate_type");
    public static final ExtensionType SERVER_CERTIFICATE_TYPE = define(20, "server_certificate_type");
    public static final ExtensionType PADDING = define(21, "padding");
    public static final ExtensionType ENCRYPT_THEN_MAC = define(22, "encrypt_then_mac");
    public static final ExtensionType EXTENDED_MASTER_SECRET = define(23, "extended_master_secret");
    public static final ExtensionType COMPRESS_CERTIFICATE = define(27, "compress_certificate");
    public static final ExtensionType RECORD_SIZE_LIMIT = define(28, "record_size_limit");
    public static final ExtensionType DELEGATED_CREDENTIAL = define(34, "delegated_credential");
    public static final ExtensionType SESSION_TICKET = define(35, "session_ticket");
    public static final ExtensionType PRE_SHARED_KEY = define(41, "pre_shared_key");
    public static final ExtensionType EARLY_DATA = define(42, "early_data");
    public static final ExtensionType SUPPORTED_VERSIONS = define(43, "supported_versions");
    public static final ExtensionType COOKIE = define(44, "cookie");
    public static final ExtensionType PSK_KEY_EXCHANGE_MODES = define(45, "psk_key_exchange_modes");
    public static final ExtensionType CERTIFICATE_AUTHORITIES = define(47, "certificate_authorities");
    public static final ExtensionType OID_FILTERS = define(48, "oid_filters");
    public static final ExtensionType POST_HANDSHAKE_AUTH = define(49, "post_handshake_auth");
    public static final ExtensionType SIGNATURE_ALGORITHMS_CERT = define(50, "signature_algorithms_cert");
    public static final ExtensionType KEY_SHARE = define(51, "key_share");
    public static final ExtensionType QUIC_TRANSPORT_PARAMETERS = define(57, "quic_transport_parameters");
    public static final ExtensionType ENCRYPTED_CLIENT_HELLO = define(0xFE0D, "encrypted_client_hello");
    public static final ExtensionType RENEGOTIATION_INFO = define(0xFF01, "renegotiation_info");

    /** Reads and writes the two-byte extension_type. */
    public static final Codec<ExtensionType> CODEC = new Codec<>() {
        @Override
        public void encode(ExtensionType value, WireWriter out) {
            out.u16(value.code);
        }

        @Override
        public ExtensionType decode(WireReader in) throws DecodeFailure {
            return new ExtensionType(in.u16());
        }
    };

    public ExtensionType {
        if (code < 0 || code > 0xFFFF) {
            throw new IllegalArgumentException("ExtensionType out of range: " + code);
        }
    }

    private static ExtensionType define(int code, String name) {
        NAMES.put(code, name);
        return new ExtensionType(code);
    }

    /** The registry name, if this value is registered. */
    public Optional<String> registeredName() {
        return Optional.ofNullable(NAMES.get(code));
    }

    /** Whether this is a GREASE value (RFC 8701 §2). */
    public boolean isGrease() {
        return Grease.isGrease(code);
    }

    /** The registry name, or {@code ExtensionType(0x1a1a)} for an unregistered value. */
    @Override
    public String toString() {
        return registeredName().orElseGet(() -> String.format("ExtensionType(0x%04x)", code));
    }
}
