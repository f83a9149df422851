package dev.parley.handshake.extension;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.List;

/**
 * pre_shared_key in a ClientHello (RFC 8446 §4.2.11): the offered identities and, last in the whole
 * ClientHello, one binder per identity.
 *
 * <p>Because the binders are the final bytes of the ClientHello, the partial ClientHello a binder
 * is computed over (RFC 8446 §4.2.11.2) is the full message minus {@link #bindersLength()} bytes;
 * {@code ClientHello.truncateForBinders} uses that.
 *
 * @param identities {@code PskIdentity identities<7..2^16-1>}
 * @param binders {@code PskBinderEntry binders<33..2^16-1>}, each {@code opaque PskBinderEntry<32..255>}
 */
public record OfferedPsks(List<PskIdentity> identities, List<Bytes> binders) {

    private static final VectorCodec<PskIdentity> IDENTITIES =
            VectorCodec.u16("identities", 7, 0xFFFF, PskIdentity.CODEC);
    private static final VectorCodec<Bytes> BINDERS =
            VectorCodec.u16("binders", 33, 0xFFFF, OpaqueCodec.u8("PskBinderEntry", 32, 255));

    /** The wire form. */
    public static final Codec<OfferedPsks> CODEC = new Codec<>() {
        @Override
        public void encode(OfferedPsks value, WireWriter out) {
            IDENTITIES.encode(value.identities, out);
            BINDERS.encode(value.binders, out);
        }

        @Override
        public OfferedPsks decode(WireReader in) throws DecodeFailure {
            List<PskIdentity> identities = IDENTITIES.decode(in);
            List<Bytes> binders = BINDERS.decode(in);
            if (binders.size() != identities.size()) {
                // RFC 8446 §4.2.11: one binder for each identity, in the same order.
                throw new DecodeFailure(HandshakeFailure.PSK_BINDER_COUNT_MISMATCH,
                        identities.size() + " PSK identities but " + binders.size() + " binders");
            }
            return new OfferedPsks(identities, binders);
        }
    };

    /** The extension in a ClientHello. */
    public static final ExtensionCodec<OfferedPsks> EXTENSION =
            new ExtensionCodec<>(ExtensionType.PRE_SHARED_KEY, CODEC);

    public OfferedPsks {
        identities = List.copyOf(identities);
        binders = List.copyOf(binders);
    }

    /** The encoded length of the binders list, its two-byte length included. */
    public int bindersLength() {
        return 2 + binders.stream().mapToInt(binder -> 1 + binder.length()).sum();
    }

    /** The same offer with other binders, e.g. the computed ones in place of placeholders. */
    public OfferedPsks withBinders(List<Bytes> newBinders) {
        return new OfferedPsks(identities, newBinders);
    }
}
