package dev.parley.handshake.codepoint;

import dev.parley.record.ProtocolVersion;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;

/**
 * The two-byte wire form of the record layer's {@link ProtocolVersion} (RFC 8446 §4.1.2,
 * legacy_version and supported_versions). It lives here because {@code ProtocolVersion} belongs to
 * the record layer, which knows no handshake codecs; any value decodes, GREASE included.
 */
public final class ProtocolVersionCodec implements Codec<ProtocolVersion> {

    /** The codec. */
    public static final ProtocolVersionCodec CODEC = new ProtocolVersionCodec();

    private ProtocolVersionCodec() {
    }

    @Override
    public void encode(ProtocolVersion value, WireWriter out) {
        out.u16(value.code());
    }

    @Override
    public ProtocolVersion decode(WireReader in) throws DecodeFailure {
        return new ProtocolVersion(in.u16());
    }
}
