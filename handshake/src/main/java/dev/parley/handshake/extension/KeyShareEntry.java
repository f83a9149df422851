package dev.parley.handshake.extension;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.Objects;

/**
 * KeyShareEntry (RFC 8446 §4.2.8): a group and the sender's public share in it,
 * {@code opaque key_exchange<1..2^16-1>}. Whether the share has the group's exact length and is a
 * valid point is checked when the key agreement runs (RFC 8446 §4.2.8.2), not here.
 *
 * @param group the group
 * @param keyExchange the public share
 */
public record KeyShareEntry(NamedGroup group, Bytes keyExchange) {

    /** The wire form. */
    public static final Codec<KeyShareEntry> CODEC = new Codec<>() {
        @Override
        public void encode(KeyShareEntry value, WireWriter out) {
            NamedGroup.CODEC.encode(value.group, out);
            out.opaque16(value.keyExchange);
        }

        @Override
        public KeyShareEntry decode(WireReader in) throws DecodeFailure {
            NamedGroup group = NamedGroup.CODEC.decode(in);
            return new KeyShareEntry(group, in.opaque16("key_exchange", 1, 0xFFFF));
        }
    };

    public KeyShareEntry {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(keyExchange, "keyExchange");
    }
}
