package dev.parley.handshake.extension;

import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.ProtocolVersionCodec;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.List;

/**
 * supported_versions in a ClientHello (RFC 8446 §4.2.1): {@code ProtocolVersion versions<2..254>},
 * in the client's order of preference.
 *
 * @param versions the offered versions, GREASE and unknown ones included
 */
public record SupportedVersionsClientHello(List<ProtocolVersion> versions) {

    private static final VectorCodec<ProtocolVersion> LIST =
            VectorCodec.u8("versions", 2, 254, ProtocolVersionCodec.CODEC);

    /** The wire form. */
    public static final Codec<SupportedVersionsClientHello> CODEC = new Codec<>() {
        @Override
        public void encode(SupportedVersionsClientHello value, WireWriter out) {
            LIST.encode(value.versions, out);
        }

        @Override
        public SupportedVersionsClientHello decode(WireReader in) throws DecodeFailure {
            return new SupportedVersionsClientHello(LIST.decode(in));
        }
    };

    /** The extension in a ClientHello. */
    public static final ExtensionCodec<SupportedVersionsClientHello> EXTENSION =
            new ExtensionCodec<>(ExtensionType.SUPPORTED_VERSIONS, CODEC);

    public SupportedVersionsClientHello {
        versions = List.copyOf(versions);
    }
}
