package dev.parley.handshake.codepoint;

import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * HandshakeType: the msg_type of a handshake message (RFC 8446 §4 and the IANA TLS HandshakeType
 * registry). A value record, so unknown types decode, round-trip and print as
 * {@code HandshakeType(n)}.
 *
 * @param code the wire value, 0..255
 */
public record HandshakeType(int code) {

    private static final Map<Integer, String> NAMES = new HashMap<>();

    public static final HandshakeType HELLO_REQUEST = define(0, "hello_request");
    public static final HandshakeType CLIENT_HELLO = define(1, "client_hello");
    public static final HandshakeType SERVER_HELLO = define(2, "server_hello");
    public static final HandshakeType HELLO_VERIFY_REQUEST = define(3, "hello_verify_request");
    public static final HandshakeType NEW_SESSION_TICKET = define(4, "new_session_ticket");
    public static final HandshakeType END_OF_EARLY_DATA = define(5, "end_of_early_data");
    public static final HandshakeType HELLO_RETRY_REQUEST_RESERVED = define(6, "hello_retry_request_RESERVED");
    public static final HandshakeType ENCRYPTED_EXTENSIONS = define(8, "encrypted_extensions");
    public static final HandshakeType REQUEST_CONNECTION_ID = define(9, "request_connection_id");
    public static final HandshakeType NEW_CONNECTION_ID = define(10, "new_connection_id");
    public static final HandshakeType CERTIFICATE = define(11, "certificate");
    public static final HandshakeType SERVER_KEY_EXCHANGE = define(12, "server_key_exchange");
    public static final HandshakeType CERTIFICATE_REQUEST = define(13, "certificate_request");
    public static final HandshakeType SERVER_HELLO_DONE = define(14, "server_hello_done");
    public static final HandshakeType CERTIFICATE_VERIFY = define(15, "certificate_verify");
    public static final HandshakeType CLIENT_KEY_EXCHANGE = define(16, "client_key_exchange");
    public static final HandshakeType CLIENT_CERTIFICATE_REQUEST = define(17, "client_certificate_request");
    public static final HandshakeType FINISHED = define(20, "finished");
    public static final HandshakeType CERTIFICATE_URL = define(21, "certificate_url");
    public static final HandshakeType CERTIFICATE_STATUS = define(22, "certificate_status");
    public static final HandshakeType SUPPLEMENTAL_DATA = define(23, "supplemental_data");
    public static final HandshakeType KEY_UPDATE = define(24, "key_update");
    public static final HandshakeType COMPRESSED_CERTIFICATE = define(25, "compressed_certificate");
    public static final HandshakeType EKT_KEY = define(26, "ekt_key");
    /** The synthetic message that replaces ClientHello1 in the transcript after a HelloRetryRequest (RFC 8446 §4.4.1). */
    public static final HandshakeType MESSAGE_HASH = define(254, "message_hash");

    /** Reads and writes the one-byte msg_type. */
    public static final Codec<HandshakeType> CODEC = new Codec<>() {
        @Override
        public void encode(HandshakeType value, WireWriter out) {
            out.u8(value.code);
        }

        @Override
        public HandshakeType decode(WireReader in) throws DecodeFailure {
            return new HandshakeType(in.u8());
        }
    };

    public HandshakeType {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("HandshakeType out of range: " + code);
        }
    }

    private static HandshakeType define(int code, String name) {
        NAMES.put(code, name);
        return new HandshakeType(code);
    }

    /** The registry name, if this value is registered. */
    public Optional<String> registeredName() {
        return Optional.ofNullable(NAMES.get(code));
    }

    /** The registry name, or {@code HandshakeType(n)} for an unregistered value. */
    @Override
    public String toString() {
        return registeredName().orElse("HandshakeType(" + code + ")");
    }
}
