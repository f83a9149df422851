package dev.parley.handshake.message;

import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.ExtensionCodec;
import dev.parley.handshake.extension.Extensions;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.List;
import java.util.Optional;

/**
 * EncryptedExtensions (RFC 8446 §4.3.1): the server's extensions that need no key exchange, sent
 * under the handshake keys.
 *
 * @param extensions {@code Extension extensions<0..2^16-1>}, in the order sent
 */
public record EncryptedExtensions(List<Extension> extensions) implements HandshakeMessage {

    private static final Extensions EXTENSIONS = Extensions.codec(0, 0xFFFF);

    /** The body's wire form. */
    public static final Codec<EncryptedExtensions> CODEC = new Codec<>() {
        @Override
        public void encode(EncryptedExtensions value, WireWriter out) {
            EXTENSIONS.encode(value.extensions, out);
        }

        @Override
        public EncryptedExtensions decode(WireReader in) throws DecodeFailure {
            return new EncryptedExtensions(EXTENSIONS.decode(in));
        }
    };

    public EncryptedExtensions {
        extensions = List.copyOf(extensions);
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.ENCRYPTED_EXTENSIONS;
    }

    @Override
    public void encodeBody(WireWriter out) {
        CODEC.encode(this, out);
    }

    /** Decodes the extension {@code codec} reads, if the message carries it. */
    public <T> Optional<T> extension(ExtensionCodec<T> codec) throws DecodeFailure {
        return codec.find(extensions);
    }
}
