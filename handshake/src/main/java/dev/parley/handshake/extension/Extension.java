package dev.parley.handshake.extension;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.Objects;

/**
 * One extension as it travels (RFC 8446 §4.2): its type and its opaque extension_data.
 *
 * <p>Messages hold their extensions in this raw form, so unknown and GREASE extensions survive
 * and re-encode exactly; the receiving state decodes the ones it understands with the typed codec
 * that fits the message ({@link ExtensionCodec}).
 *
 * @param extensionType the extension_type
 * @param extensionData the extension_data, {@code opaque extension_data<0..2^16-1>}
 */
public record Extension(ExtensionType extensionType, Bytes extensionData) {

    /** The wire form: a two-byte type, then the data behind a two-byte length. */
    public static final Codec<Extension> CODEC = new Codec<>() {
        @Override
        public void encode(Extension value, WireWriter out) {
            ExtensionType.CODEC.encode(value.extensionType, out);
            out.opaque16(value.extensionData);
        }

        @Override
        public Extension decode(WireReader in) throws DecodeFailure {
            ExtensionType type = ExtensionType.CODEC.decode(in);
            return new Extension(type, in.opaque16("extension_data", 0, 0xFFFF));
        }
    };

    public Extension {
        Objects.requireNonNull(extensionType, "extensionType");
        Objects.requireNonNull(extensionData, "extensionData");
    }
}
