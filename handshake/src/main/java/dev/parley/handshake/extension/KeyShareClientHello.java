package dev.parley.handshake.extension;

import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * key_share in a ClientHello (RFC 8446 §4.2.8): {@code KeyShareEntry client_shares<0..2^16-1>}, in
 * the client's order of preference. An empty list is legal: the client asks the server to choose
 * a group with a HelloRetryRequest.
 *
 * @param clientShares the offered shares, at most one per group
 */
public record KeyShareClientHello(List<KeyShareEntry> clientShares) {

    private static final VectorCodec<KeyShareEntry> LIST =
            VectorCodec.u16("client_shares", 0, 0xFFFF, KeyShareEntry.CODEC);

    /** The wire form. */
    public static final Codec<KeyShareClientHello> CODEC = new Codec<>() {
        @Override
        public void encode(KeyShareClientHello value, WireWriter out) {
            LIST.encode(value.clientShares, out);
        }

        @Override
        public KeyShareClientHello decode(WireReader in) throws DecodeFailure {
            List<KeyShareEntry> shares = LIST.decode(in);
            Set<NamedGroup> groups = new HashSet<>();
            for (KeyShareEntry share : shares) {
                if (!groups.add(share.group())) {
                    // RFC 8446 §4.2.8: one share per group; servers may answer illegal_parameter.
                    throw new DecodeFailure(HandshakeFailure.DUPLICATE_KEY_SHARE_GROUP,
                            "two key shares for " + share.group());
                }
            }
            return new KeyShareClientHello(shares);
        }
    };

    /** The extension in a ClientHello. */
    public static final ExtensionCodec<KeyShareClientHello> EXTENSION =
            new ExtensionCodec<>(ExtensionType.KEY_SHARE, CODEC);

    public KeyShareClientHello {
        clientShares = List.copyOf(clientShares);
    }

    /** The share offered for {@code group}, if there is one. */
    public Optional<KeyShareEntry> shareFor(NamedGroup group) {
        return clientShares.stream().filter(share -> share.group().equals(group)).findFirst();
    }
}
