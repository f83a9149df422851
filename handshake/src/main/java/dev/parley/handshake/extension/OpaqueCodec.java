package dev.parley.handshake.extension;

import dev.parley.crypto.Bytes;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.Objects;

/**
 * {@code opaque name<min..max>} as a codec (RFC 8446 §3.4), for byte strings that are themselves
 * elements of a vector: protocol names, distinguished names, binders, responder IDs.
 */
public final class OpaqueCodec implements Codec<Bytes> {

    private final String name;
    private final int prefixLength;
    private final int min;
    private final int max;

    private OpaqueCodec(String name, int prefixLength, int min, int max) {
        this.name = Objects.requireNonNull(name, "name");
        this.prefixLength = prefixLength;
        this.min = min;
        this.max = max;
    }

    /** {@code opaque name<min..max>} with a one-byte length. */
    public static OpaqueCodec u8(String name, int min, int max) {
        return new OpaqueCodec(name, 1, min, max);
    }

    /** {@code opaque name<min..max>} with a two-byte length. */
    public static OpaqueCodec u16(String name, int min, int max) {
        return new OpaqueCodec(name, 2, min, max);
    }

    /** {@code opaque name<min..max>} with a three-byte length. */
    public static OpaqueCodec u24(String name, int min, int max) {
        return new OpaqueCodec(name, 3, min, max);
    }

    @Override
    public void encode(Bytes value, WireWriter out) {
        switch (prefixLength) {
            case 1 -> out.opaque8(value);
            case 2 -> out.opaque16(value);
            default -> out.opaque24(value);
        }
    }

    @Override
    public Bytes decode(WireReader in) throws DecodeFailure {
        return switch (prefixLength) {
            case 1 -> in.opaque8(name, min, max);
            case 2 -> in.opaque16(name, min, max);
            default -> in.opaque24(name, min, max);
        };
    }
}
