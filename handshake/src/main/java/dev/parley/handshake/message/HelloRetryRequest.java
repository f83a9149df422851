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
import dev.parley.record.wire.WireFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * HelloRetryRequest (RFC 8446 §4.1.4): a ServerHello whose random is the SHA-256 of
 * "HelloRetryRequest" (RFC 8446 §4.1.3), sent under msg_type server_hello. It is its own type here
 * because it means something else entirely: the server wants a second ClientHello.
 *
 * <p>Being TLS 1.3 only, it always has an extension block, {@code Extension extensions<6..2^16-1>}
 * (at least supported_versions). Its key_share extension holds only the selected group
 * ({@code KeyShareHelloRetryRequest}).
 *
 * @param legacyVersion legacy_version, 0x0303
 * @param legacySessionIdEcho {@code opaque legacy_session_id_echo<0..32>}
 * @param cipherSuite the suite the server will use
 * @param legacyCompressionMethod legacy_compression_method, 0
 * @param extensions the extension block, in the order sent
 */
public record HelloRetryRequest(ProtocolVersion legacyVersion, Bytes legacySessionIdEcho, CipherSuite cipherSuite,
                                int legacyCompressionMethod, List<Extension> extensions) implements HandshakeMessage {

    /** The special random: SHA-256("HelloRetryRequest"), RFC 8446 §4.1.3. */
    public static final Bytes RANDOM = Bytes.fromHex(
            "CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C");

    private static final Extensions EXTENSIONS = Extensions.codec(6, 0xFFFF);

    /** The body's wire form: a ServerHello body with the special random and a mandatory block. */
    public static final Codec<HelloRetryRequest> CODEC = new Codec<>() {
        @Override
        public void encode(HelloRetryRequest value, WireWriter out) {
            ProtocolVersionCodec.CODEC.encode(value.legacyVersion, out);
            out.bytes(RANDOM);
            out.opaque8(value.legacySessionIdEcho);
            CipherSuite.CODEC.encode(value.cipherSuite, out);
            out.u8(value.legacyCompressionMethod);
            EXTENSIONS.encode(value.extensions, out);
        }

        @Override
        public HelloRetryRequest decode(WireReader in) throws DecodeFailure {
            ProtocolVersion version = ProtocolVersionCodec.CODEC.decode(in);
            if (!in.bytes(RANDOM.length(), "random").equals(RANDOM)) {
                // RFC 8446 §4.1.3: only this random makes a ServerHello a HelloRetryRequest.
                throw new DecodeFailure(WireFailure.VALUE_OUT_OF_RANGE, "not the HelloRetryRequest random");
            }
            Bytes sessionIdEcho = in.opaque8("legacy_session_id_echo", 0, 32);
            CipherSuite suite = CipherSuite.CODEC.decode(in);
            int compression = in.u8();
            return new HelloRetryRequest(version, sessionIdEcho, suite, compression, EXTENSIONS.decode(in));
        }
    };

    public HelloRetryRequest {
        Objects.requireNonNull(legacyVersion, "legacyVersion");
        Objects.requireNonNull(legacySessionIdEcho, "legacySessionIdEcho");
        Objects.requireNonNull(cipherSuite, "cipherSuite");
        extensions = List.copyOf(extensions);
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.SERVER_HELLO;
    }

    @Override
    public void encodeBody(WireWriter out) {
        CODEC.encode(this, out);
    }

    /** Decodes the extension {@code codec} reads, if this request carries it. */
    public <T> Optional<T> extension(ExtensionCodec<T> codec) throws DecodeFailure {
        return codec.find(extensions);
    }
}
