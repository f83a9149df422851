package dev.parley.handshake.message;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.codepoint.ProtocolVersionCodec;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.ExtensionCodec;
import dev.parley.handshake.extension.Extensions;
import dev.parley.handshake.extension.OfferedPsks;
import dev.parley.handshake.extension.VectorCodec;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * ClientHello (RFC 8446 §4.1.2, and RFC 5246 §7.4.1.2 for the TLS 1.2 form a server must also read).
 *
 * <p>RFC 5246 lets a ClientHello end after the compression methods, with no extensions field at
 * all ({@code select (extensions_present)}); {@code extensionsPresent} records which form arrived,
 * so both re-encode exactly. The pre_shared_key extension must be the last one (RFC 8446 §4.2.11),
 * which puts the PSK binders at the very end of the message: {@link #truncateForBinders()} and
 * {@link #truncateForBinders(Handshake)} give the partial ClientHello the binders are computed over.
 *
 * @param legacyVersion legacy_version, 0x0303 from TLS 1.3 clients
 * @param random the 32-byte random
 * @param legacySessionId {@code opaque legacy_session_id<0..32>}
 * @param cipherSuites {@code CipherSuite cipher_suites<2..2^16-2>}
 * @param legacyCompressionMethods {@code opaque legacy_compression_methods<1..2^8-1>}
 * @param extensions the extension block, in the order sent
 * @param extensionsPresent false only for a ClientHello without an extensions field (RFC 5246)
 */
public record ClientHello(ProtocolVersion legacyVersion, Bytes random, Bytes legacySessionId,
                          List<CipherSuite> cipherSuites, Bytes legacyCompressionMethods,
                          List<Extension> extensions, boolean extensionsPresent) implements HandshakeMessage {

    /** Length of the random (RFC 8446 §4.1.2). */
    public static final int RANDOM_LENGTH = 32;

    private static final VectorCodec<CipherSuite> CIPHER_SUITES =
            VectorCodec.u16("cipher_suites", 2, 0xFFFE, CipherSuite.CODEC);
    // RFC 5246 §7.4.1.2 allows an empty block; TLS 1.3's <8..2^16-1> follows from the mandatory
    // extensions, which the server state checks.
    private static final Extensions EXTENSIONS = Extensions.codec(0, 0xFFFF);

    /** The body's wire form. */
    public static final Codec<ClientHello> CODEC = new Codec<>() {
        @Override
        public void encode(ClientHello value, WireWriter out) {
            ProtocolVersionCodec.CODEC.encode(value.legacyVersion, out);
            out.bytes(value.random);
            out.opaque8(value.legacySessionId);
            CIPHER_SUITES.encode(value.cipherSuites, out);
            out.opaque8(value.legacyCompressionMethods);
            if (value.extensionsPresent) {
                EXTENSIONS.encode(value.extensions, out);
            }
        }

        @Override
        public ClientHello decode(WireReader in) throws DecodeFailure {
            ProtocolVersion version = ProtocolVersionCodec.CODEC.decode(in);
            Bytes random = in.bytes(RANDOM_LENGTH, "random");
            Bytes sessionId = in.opaque8("legacy_session_id", 0, 32);
            List<CipherSuite> suites = CIPHER_SUITES.decode(in);
            Bytes compression = in.opaque8("legacy_compression_methods", 1, 0xFF);
            if (in.isEmpty()) {
                // RFC 5246 §7.4.1.2: nothing after the compression methods means no extensions.
                return new ClientHello(version, random, sessionId, suites, compression, List.of(), false);
            }
            List<Extension> extensions = EXTENSIONS.decode(in);
            for (int i = 0; i < extensions.size() - 1; i++) {
                if (extensions.get(i).extensionType().equals(ExtensionType.PRE_SHARED_KEY)) {
                    // RFC 8446 §4.2.11: pre_shared_key must be the last extension.
                    throw new DecodeFailure(HandshakeFailure.PRE_SHARED_KEY_NOT_LAST,
                            "pre_shared_key is extension " + (i + 1) + " of " + extensions.size());
                }
            }
            return new ClientHello(version, random, sessionId, suites, compression, extensions, true);
        }
    };

    public ClientHello {
        Objects.requireNonNull(legacyVersion, "legacyVersion");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(legacySessionId, "legacySessionId");
        cipherSuites = List.copyOf(cipherSuites);
        Objects.requireNonNull(legacyCompressionMethods, "legacyCompressionMethods");
        extensions = List.copyOf(extensions);
        if (!extensionsPresent && !extensions.isEmpty()) {
            throw new IllegalArgumentException("a ClientHello without an extensions field has no extensions");
        }
    }

    /** A ClientHello with an extensions field, as every TLS 1.3 client sends. */
    public ClientHello(ProtocolVersion legacyVersion, Bytes random, Bytes legacySessionId,
                       List<CipherSuite> cipherSuites, Bytes legacyCompressionMethods, List<Extension> extensions) {
        this(legacyVersion, random, legacySessionId, cipherSuites, legacyCompressionMethods, extensions, true);
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.CLIENT_HELLO;
    }

    @Override
    public void encodeBody(WireWriter out) {
        CODEC.encode(this, out);
    }

    /** Decodes the extension {@code codec} reads, if this hello carries it. */
    public <T> Optional<T> extension(ExtensionCodec<T> codec) throws DecodeFailure {
        return codec.find(extensions);
    }

    /** The PSK offer: the pre_shared_key extension, which the decoder has checked is last. */
    public Optional<OfferedPsks> offeredPsks() throws DecodeFailure {
        return extension(OfferedPsks.EXTENSION);
    }

    /**
     * The length of the binders list that ends this message (RFC 8446 §4.2.11.2), or 0 if the hello
     * offers no PSK or pre_shared_key is not its last extension.
     */
    public int bindersLength() throws DecodeFailure {
        if (extensions.isEmpty()
                || !extensions.get(extensions.size() - 1).extensionType().equals(ExtensionType.PRE_SHARED_KEY)) {
            return 0;
        }
        return OfferedPsks.EXTENSION.decode(extensions.get(extensions.size() - 1)).bindersLength();
    }

    /**
     * For the client: the partial ClientHello its binders are computed over (RFC 8446 §4.2.11.2),
     * cut from this hello's own encoding. The hello must already carry binders of their final
     * lengths (placeholders), since every length field counts them.
     */
    public Bytes truncateForBinders() throws DecodeFailure {
        Bytes message = Handshake.of(this).encoded();
        return message.slice(0, message.length() - bindersLength());
    }

    /**
     * For the server: the partial ClientHello the binders are verified over (RFC 8446 §4.2.11.2),
     * cut from {@code received}, the message exactly as it arrived, which this hello was decoded from.
     */
    public Bytes truncateForBinders(Handshake received) throws DecodeFailure {
        if (!received.msgType().equals(HandshakeType.CLIENT_HELLO)
                || received.body().length() != CODEC.encode(this).length) {
            throw new IllegalArgumentException("received is not the message this ClientHello was decoded from");
        }
        Bytes message = received.encoded();
        return message.slice(0, message.length() - bindersLength());
    }

    /**
     * This hello with its PSK binders replaced, for the client once it has computed them. The new
     * binders must have the lengths of the placeholders, or the truncated hello they were computed
     * over would not match.
     */
    public ClientHello withBinders(List<Bytes> binders) throws DecodeFailure {
        OfferedPsks offer = offeredPsks().orElseThrow(
                () -> new IllegalStateException("this ClientHello offers no PSK"));
        List<Extension> replaced = new ArrayList<>(extensions);
        replaced.set(replaced.size() - 1, OfferedPsks.EXTENSION.toExtension(offer.withBinders(binders)));
        return new ClientHello(legacyVersion, random, legacySessionId, cipherSuites, legacyCompressionMethods,
                replaced, extensionsPresent);
    }
}
