package dev.parley.handshake.message;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.codepoint.ProtocolVersionCodec;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.ExtensionCodec;
import dev.parley.handshake.extension.Extensions;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * ServerHello (RFC 8446 §4.1.3, and RFC 5246 §7.4.1.3 for the TLS 1.2 form a client must also read).
 *
 * <p>A body with the special random of RFC 8446 §4.1.3 is a {@link HelloRetryRequest};
 * {@link Tls13Messages} returns that type for it, so a state never mistakes one for the other.
 * As with the ClientHello, a TLS 1.2 ServerHello may end without an extensions field.
 *
 * @param legacyVersion legacy_version, 0x0303 in TLS 1.3
 * @param random the 32-byte random
 * @param legacySessionIdEcho {@code opaque legacy_session_id_echo<0..32>}
 * @param cipherSuite the chosen suite
 * @param legacyCompressionMethod legacy_compression_method, 0 in TLS 1.3
 * @param extensions the extension block, in the order sent
 * @param extensionsPresent false only for a ServerHello without an extensions field (RFC 5246)
 */
public record ServerHello(ProtocolVersion legacyVersion, Bytes random, Bytes legacySessionIdEcho,
                          CipherSuite cipherSuite, int legacyCompressionMethod, List<Extension> extensions,
                          boolean extensionsPresent) implements HandshakeMessage {

    /** Length of the random (RFC 8446 §4.1.3). */
    public static final int RANDOM_LENGTH = 32;

    // RFC 5246 §7.4.1.3 allows an empty block; TLS 1.3's <6..2^16-1> follows from supported_versions,
    // which the client state requires.
    private static final Extensions EXTENSIONS = Extensions.codec(0, 0xFFFF);

    /** The body's wire form. */
    public static final Codec<ServerHello> CODEC = new Codec<>() {
        @Override
        public void encode(ServerHello value, WireWriter out) {
            ProtocolVersionCodec.CODEC.encode(value.legacyVersion, out);
            out.bytes(value.random);
            out.opaque8(value.legacySessionIdEcho);
            CipherSuite.CODEC.encode(value.cipherSuite, out);
            out.u8(value.legacyCompressionMethod);
            if (value.extensionsPresent) {
                EXTENSIONS.encode(value.extensions, out);
            }
        }

        @Override
        public ServerHello decode(WireReader in) throws DecodeFailure {
            ProtocolVersion version = ProtocolVersionCodec.CODEC.decode(in);
            Bytes random = in.bytes(RANDOM_LENGTH, "random");
            Bytes sessionIdEcho = in.opaque8("legacy_session_id_echo", 0, 32);
            CipherSuite suite = CipherSuite.CODEC.decode(in);
            int compression = in.u8();
            if (in.isEmpty()) {
                // RFC 5246 §7.4.1.3: nothing after the compression method means no extensions.
                return new ServerHello(version, random, sessionIdEcho, suite, compression, List.of(), false);
            }
            return new ServerHello(version, random, sessionIdEcho, suite, compression, EXTENSIONS.decode(in), true);
        }
    };

    public ServerHello {
        Objects.requireNonNull(legacyVersion, "legacyVersion");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(legacySessionIdEcho, "legacySessionIdEcho");
        Objects.requireNonNull(cipherSuite, "cipherSuite");
        extensions = List.copyOf(extensions);
        if (!extensionsPresent && !extensions.isEmpty()) {
            throw new IllegalArgumentException("a ServerHello without an extensions field has no extensions");
        }
    }

    /** A ServerHello with an extensions field, as every TLS 1.3 server sends. */
    public ServerHello(ProtocolVersion legacyVersion, Bytes random, Bytes legacySessionIdEcho,
                       CipherSuite cipherSuite, int legacyCompressionMethod, List<Extension> extensions) {
        this(legacyVersion, random, legacySessionIdEcho, cipherSuite, legacyCompressionMethod, extensions, true);
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.SERVER_HELLO;
    }

    @Override
    public void encodeBody(WireWriter out) {
        CODEC.encode(this, out);
    }

    /** Whether the random is the HelloRetryRequest value (RFC 8446 §4.1.3). */
    public boolean isHelloRetryRequest() {
        return random.equals(HelloRetryRequest.RANDOM);
    }

    /** Decodes the extension {@code codec} reads, if this hello carries it. */
    public <T> Optional<T> extension(ExtensionCodec<T> codec) throws DecodeFailure {
        return codec.find(extensions);
    }
}
