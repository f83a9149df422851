package dev.parley.record;

import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;

/** Codec of {@link Alert}: one byte of level, one of description. */
final class AlertCodec implements Codec<Alert> {

    @Override
    public void encode(Alert alert, WireWriter out) {
        out.u8(alert.level().code());
        out.u8(alert.description().code());
    }

    @Override
    public Alert decode(WireReader in) throws DecodeFailure {
        AlertLevel level = new AlertLevel(in.u8());
        return new Alert(level, new AlertDescription(in.u8()));
    }
}
