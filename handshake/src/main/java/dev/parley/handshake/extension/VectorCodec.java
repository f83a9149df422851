package dev.parley.handshake.extension;

import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A presentation-language vector of structures, {@code T name<min..max>} (RFC 8446 §3.4): a one-,
 * two- or three-byte length in bytes, then elements until that length is used up.
 *
 * <p>Decoding checks the byte length against the bounds before reading, reads elements through a
 * reader that cannot pass the vector's end, and fails if an element straddles the end. Encoding
 * writes whatever list it is given; only the length prefix must fit.
 *
 * @param <T> the element type
 */
public final class VectorCodec<T> implements Codec<List<T>> {

    private final String name;
    private final int prefixLength;
    private final int min;
    private final int max;
    private final Codec<T> element;

    private VectorCodec(String name, int prefixLength, int min, int max, Codec<T> element) {
        this.name = Objects.requireNonNull(name, "name");
        this.prefixLength = prefixLength;
        this.min = min;
        this.max = max;
        this.element = Objects.requireNonNull(element, "element");
    }

    /** {@code T name<min..max>} with max below 2^8. */
    public static <T> VectorCodec<T> u8(String name, int min, int max, Codec<T> element) {
        return new VectorCodec<>(name, 1, min, max, element);
    }

    /** {@code T name<min..max>} with max below 2^16. */
    public static <T> VectorCodec<T> u16(String name, int min, int max, Codec<T> element) {
        return new VectorCodec<>(name, 2, min, max, element);
    }

    /** {@code T name<min..max>} with max below 2^24. */
    public static <T> VectorCodec<T> u24(String name, int min, int max, Codec<T> element) {
        return new VectorCodec<>(name, 3, min, max, element);
    }

    @Override
    public void encode(List<T> values, WireWriter out) {
        WireWriter.Block elements = w -> values.forEach(value -> element.encode(value, w));
        switch (prefixLength) {
            case 1 -> out.lengthPrefixed8(elements);
            case 2 -> out.lengthPrefixed16(elements);
            default -> out.lengthPrefixed24(elements);
        }
    }

    @Override
    public List<T> decode(WireReader in) throws DecodeFailure {
        WireReader vector = switch (prefixLength) {
            case 1 -> in.sub8(name, min, max);
            case 2 -> in.sub16(name, min, max);
            default -> in.sub24(name, min, max);
        };
        List<T> values = new ArrayList<>();
        while (!vector.isEmpty()) {
            values.add(element.decode(vector));
        }
        return List.copyOf(values);
    }
}
