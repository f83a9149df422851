package dev.parley.record.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;

/**
 * The codec properties every wire struct must have (STYLE.md §12), shared by every module's tests
 * so that a new struct only supplies an {@code Arbitrary} of its values:
 *
 * <pre>{@code
 * @Property
 * void keyShareEntryCodec(@ForAll("keyShareEntries") KeyShareEntry entry) {
 *     CodecProperties.assertCodecLaws(KeyShareEntry.CODEC, entry);
 * }
 *
 * @Property
 * void keyShareEntryDecodesGarbageCleanly(@ForAll byte[] input) {
 *     CodecProperties.assertDecodesOrFailsCleanly(KeyShareEntry.CODEC, input);
 * }
 * }</pre>
 */
public final class CodecProperties {

    private CodecProperties() {
    }

    /**
     * decode(encode(x)) equals x; encode(decode(b)) equals b for that valid b; every strict
     * prefix of b fails with {@link DecodeFailure} (or decodes to a shorter value and leaves no
     * trailing garbage behind, which {@code decodeExactly} then rejects).
     */
    public static <T> void assertCodecLaws(Codec<T> codec, T value) {
        byte[] encoded = codec.encode(value);
        T decoded = decodeOrFail(codec, encoded);
        assertEquals(value, decoded, "decode(encode(x)) must equal x");
        assertArrayEquals(encoded, codec.encode(decoded), "encode(decode(b)) must equal b");
        assertEveryTruncationFails(codec, encoded);
    }

    /** Every strict prefix of a valid encoding must be rejected as a whole message. */
    public static <T> void assertEveryTruncationFails(Codec<T> codec, byte[] valid) {
        for (int length = 0; length < valid.length; length++) {
            byte[] prefix = Arrays.copyOf(valid, length);
            assertThrows(DecodeFailure.class, () -> codec.decodeExactly(prefix, "truncated"),
                    () -> "a " + prefix.length + "-byte prefix of a " + valid.length + "-byte encoding decoded");
        }
    }

    /**
     * Arbitrary bytes give a value or a {@link DecodeFailure}, nothing else; a value that decodes
     * re-encodes to exactly the bytes it came from (the decoder is strict: one encoding per value).
     */
    public static <T> void assertDecodesOrFailsCleanly(Codec<T> codec, byte[] input) {
        T value;
        try {
            value = codec.decodeExactly(input, "fuzz");
        } catch (DecodeFailure expected) {
            return;
        } catch (RuntimeException | Error e) {
            throw new AssertionError("decoder threw " + e + " instead of DecodeFailure", e);
        }
        assertArrayEquals(input, codec.encode(value), "an accepted input must re-encode to itself");
    }

    private static <T> T decodeOrFail(Codec<T> codec, byte[] encoded) {
        try {
            return codec.decodeExactly(encoded, "encoded");
        } catch (DecodeFailure e) {
            return fail("a value's own encoding was rejected: " + e.getMessage(), e);
        }
    }
}
