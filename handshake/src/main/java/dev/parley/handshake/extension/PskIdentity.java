package dev.parley.handshake.extension;

import dev.parley.crypto.Bytes;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.Objects;

/**
 * PskIdentity (RFC 8446 §4.2.11): a PSK label, typically a ticket, and its obfuscated age.
 *
 * @param identity {@code opaque identity<1..2^16-1>}
 * @param obfuscatedTicketAge the ticket's age in milliseconds plus ticket_age_add, modulo 2^32
 */
public record PskIdentity(Bytes identity, long obfuscatedTicketAge) {

    /** The wire form. */
    public static final Codec<PskIdentity> CODEC = new Codec<>() {
        @Override
        public void encode(PskIdentity value, WireWriter out) {
            out.opaque16(value.identity);
            out.u32(value.obfuscatedTicketAge);
        }

        @Override
        public PskIdentity decode(WireReader in) throws DecodeFailure {
            Bytes identity = in.opaque16("identity", 1, 0xFFFF);
            return new PskIdentity(identity, in.u32());
        }
    };

    public PskIdentity {
        Objects.requireNonNull(identity, "identity");
    }
}
