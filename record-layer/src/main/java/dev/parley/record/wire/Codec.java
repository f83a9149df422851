package dev.parley.record.wire;

/**
 * Encodes and strictly decodes one presentation-language structure.
 *
 * <p>Decoders enforce syntax only (bounds, lengths, trailing bytes) and throw nothing but
 * {@link DecodeFailure}; semantics belong to whoever receives the value.
 */
public interface Codec<T> {

    void encode(T value, WireWriter out);

    T decode(WireReader in) throws DecodeFailure;

    /** The encoding of {@code value} on its own. */
    default byte[] encode(T value) {
        WireWriter out = new WireWriter();
        encode(value, out);
        return out.toByteArray();
    }

    /** Decodes {@code bytes}, which must hold exactly one value; {@code name} appears in errors. */
    default T decodeExactly(byte[] bytes, String name) throws DecodeFailure {
        WireReader in = new WireReader(bytes);
        T value = decode(in);
        in.expectEnd(name);
        return value;
    }
}
