package dev.parley.handshake.extension;

import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An extension block, {@code Extension extensions<min..max>} (RFC 8446 §4.2), decoded into raw
 * {@link Extension}s in the order they arrived.
 *
 * <p>Besides the vector bounds, the decoder enforces the one structural rule every block shares:
 * no two extensions of the same type. Which extensions may appear in which message is for the
 * receiving state to decide.
 */
public final class Extensions implements Codec<List<Extension>> {

    private final VectorCodec<Extension> vector;

    private Extensions(int min, int max) {
        this.vector = VectorCodec.u16("extensions", min, max, Extension.CODEC);
    }

    /** A block whose byte length lies in {@code min..max}, as the message's struct declares. */
    public static Extensions codec(int min, int max) {
        return new Extensions(min, max);
    }

    @Override
    public void encode(List<Extension> extensions, WireWriter out) {
        vector.encode(extensions, out);
    }

    @Override
    public List<Extension> decode(WireReader in) throws DecodeFailure {
        List<Extension> extensions = vector.decode(in);
        Set<ExtensionType> seen = new HashSet<>();
        for (Extension extension : extensions) {
            if (!seen.add(extension.extensionType())) {
                // RFC 8446 §4.2: no more than one extension of the same type in a block.
                throw new DecodeFailure(HandshakeFailure.DUPLICATE_EXTENSION,
                        "two " + extension.extensionType() + " extensions in one block");
            }
        }
        return extensions;
    }

    /** The extension of {@code type} in {@code extensions}, if there is one. */
    public static Optional<Extension> find(List<Extension> extensions, ExtensionType type) {
        return extensions.stream().filter(e -> e.extensionType().equals(type)).findFirst();
    }

    /** The encoded length of a block's content, without its two-byte length. */
    public static int contentLength(List<Extension> extensions) {
        return extensions.stream().mapToInt(e -> 4 + e.extensionData().length()).sum();
    }
}
