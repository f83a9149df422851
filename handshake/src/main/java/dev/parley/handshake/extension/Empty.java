package dev.parley.handshake.extension;

import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;

/**
 * {@code struct {} Empty;} (RFC 8446 §4.2.10): the body of an extension whose presence is the whole
 * message. Trailing bytes are rejected by {@link ExtensionCodec}, which decodes the data exactly.
 */
public record Empty() {

    /** The one value. */
    public static final Empty INSTANCE = new Empty();

    /** Reads and writes nothing. */
    public static final Codec<Empty> CODEC = new Codec<>() {
        @Override
        public void encode(Empty value, WireWriter out) {
            // Nothing: the struct has no fields.
        }

        @Override
        public Empty decode(WireReader in) {
            return INSTANCE;
        }
    };

    /** early_data in a ClientHello or EncryptedExtensions (RFC 8446 §4.2.10). */
    public static final ExtensionCodec<Empty> EARLY_DATA = new ExtensionCodec<>(ExtensionType.EARLY_DATA, CODEC);

    /** server_name in a ServerHello or EncryptedExtensions: the server used the name (RFC 6066 §3). */
    public static final ExtensionCodec<Empty> SERVER_NAME = new ExtensionCodec<>(ExtensionType.SERVER_NAME, CODEC);

    /**
     * status_request in a CertificateRequest: the server asks for the client's OCSP staple
     * (RFC 8446 §4.4.2.1); also the TLS 1.2 ServerHello acknowledgement (RFC 6066 §8).
     */
    public static final ExtensionCodec<Empty> STATUS_REQUEST = new ExtensionCodec<>(ExtensionType.STATUS_REQUEST, CODEC);

    /** post_handshake_auth in a ClientHello (RFC 8446 §4.2.6). */
    public static final ExtensionCodec<Empty> POST_HANDSHAKE_AUTH =
            new ExtensionCodec<>(ExtensionType.POST_HANDSHAKE_AUTH, CODEC);
}
