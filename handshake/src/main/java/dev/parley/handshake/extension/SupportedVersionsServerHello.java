package dev.parley.handshake.extension;

import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.ProtocolVersionCodec;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.Objects;

/**
 * supported_versions in a ServerHello or HelloRetryRequest (RFC 8446 §4.2.1):
 * {@code ProtocolVersion selected_version}.
 *
 * @param selectedVersion the version the server chose
 */
public record SupportedVersionsServerHello(ProtocolVersion selectedVersion) {

    /** The wire form. */
    public static final Codec<SupportedVersionsServerHello> CODEC = new Codec<>() {
        @Override
        public void encode(SupportedVersionsServerHello value, WireWriter out) {
            ProtocolVersionCodec.CODEC.encode(value.selectedVersion, out);
        }

        @Override
        public SupportedVersionsServerHello decode(WireReader in) throws DecodeFailure {
            return new SupportedVersionsServerHello(ProtocolVersionCodec.CODEC.decode(in));
        }
    };

    /** The extension in a ServerHello or HelloRetryRequest. */
    public static final ExtensionCodec<SupportedVersionsServerHello> EXTENSION =
            new ExtensionCodec<>(ExtensionType.SUPPORTED_VERSIONS, CODEC);

    public SupportedVersionsServerHello {
        Objects.requireNonNull(selectedVersion, "selectedVersion");
    }
}
