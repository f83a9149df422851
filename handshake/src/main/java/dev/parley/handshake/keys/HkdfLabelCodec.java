package dev.parley.handshake.keys;

import dev.parley.crypto.Bytes;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;

/**
 * Wire codec of {@link HkdfLabel} (RFC 8446 §7.1). Nothing decodes an HkdfLabel off the wire; the
 * decoder exists so the encoding can be checked against its own inverse and against the info
 * strings RFC 8448 prints.
 */
final class HkdfLabelCodec implements Codec<HkdfLabel> {

    @Override
    public void encode(HkdfLabel value, WireWriter out) {
        out.u16(value.length());
        out.opaque8(value.label());
        out.opaque8(value.context());
    }

    @Override
    public HkdfLabel decode(WireReader in) throws DecodeFailure {
        int length = in.u16();
        // RFC 8446 §7.1: opaque label<7..255> = "tls13 " + Label.
        Bytes label = in.opaque8("HkdfLabel.label", HkdfLabel.MIN_LABEL_LENGTH, HkdfLabel.MAX_LABEL_LENGTH);
        if (!HkdfLabel.hasPrefix(label)) {
            throw new DecodeFailure(WireFailure.VALUE_OUT_OF_RANGE,
                    "HkdfLabel.label does not begin with \"" + HkdfLabel.PREFIX + "\"");
        }
        // RFC 8446 §7.1: opaque context<0..255>.
        Bytes context = in.opaque8("HkdfLabel.context", 0, HkdfLabel.MAX_CONTEXT_LENGTH);
        return new HkdfLabel(length, label, context);
    }
}
