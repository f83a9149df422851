package dev.parley.handshake.extension;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed form of one extension in one kind of message: its type and the codec of its
 * extension_data there. The same type can have different bodies in different messages
 * (key_share is a list in a ClientHello, one entry in a ServerHello, a group in a
 * HelloRetryRequest, RFC 8446 §4.2.8), so each body has its own constant, e.g.
 * {@code KeyShareClientHello.EXTENSION}.
 *
 * <p>As a {@link Codec} it reads and writes a whole extension (type, length, data); the data must
 * be exactly one value.
 *
 * @param extensionType the type this codec reads and writes
 * @param dataCodec the codec of extension_data
 * @param <T> the typed body
 */
public record ExtensionCodec<T>(ExtensionType extensionType, Codec<T> dataCodec) implements Codec<T> {

    public ExtensionCodec {
        Objects.requireNonNull(extensionType, "extensionType");
        Objects.requireNonNull(dataCodec, "dataCodec");
    }

    /** {@code value} as a raw extension, ready to go into a message. */
    public Extension toExtension(T value) {
        return new Extension(extensionType, Bytes.wrap(dataCodec.encode(value)));
    }

    /** Decodes a raw extension of this type; its data must hold exactly one value. */
    public T decode(Extension extension) throws DecodeFailure {
        if (!extension.extensionType().equals(extensionType)) {
            throw new IllegalArgumentException("a " + extension.extensionType() + " extension is not " + extensionType);
        }
        return dataCodec.decodeExactly(extension.extensionData().toByteArray(), extensionType.toString());
    }

    /** Finds this extension in a message's block and decodes it, if it is there. */
    public Optional<T> find(List<Extension> extensions) throws DecodeFailure {
        Optional<Extension> raw = Extensions.find(extensions, extensionType);
        return raw.isPresent() ? Optional.of(decode(raw.get())) : Optional.empty();
    }

    @Override
    public void encode(T value, WireWriter out) {
        Extension.CODEC.encode(toExtension(value), out);
    }

    @Override
    public T decode(WireReader in) throws DecodeFailure {
        Extension extension = Extension.CODEC.decode(in);
        if (!extension.extensionType().equals(extensionType)) {
            throw new DecodeFailure(WireFailure.VALUE_OUT_OF_RANGE,
                    "expected a " + extensionType + " extension, found " + extension.extensionType());
        }
        return decode(extension);
    }
}
