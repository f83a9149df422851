package dev.parley.record;

import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;

/** Codec of {@link RecordHeader}: one byte of type, two of version, two of length. */
final class RecordHeaderCodec implements Codec<RecordHeader> {

    @Override
    public void encode(RecordHeader header, WireWriter out) {
        out.u8(header.type().code());
        out.u16(header.legacyRecordVersion().code());
        out.u16(header.length());
    }

    @Override
    public RecordHeader decode(WireReader in) throws DecodeFailure {
        ContentType type = new ContentType(in.u8());
        ProtocolVersion version = new ProtocolVersion(in.u16());
        return new RecordHeader(type, version, in.u16());
    }
}
