package dev.parley.handshake.extension;

import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.List;

/**
 * The supported_groups extension (RFC 8446 §4.2.7): {@code NamedGroup named_group_list<2..2^16-1>},
 * in the sender's order of preference. A ClientHello sends it; a TLS 1.3 server may send its own
 * in EncryptedExtensions.
 *
 * @param namedGroupList the groups, GREASE and unknown ones included
 */
public record NamedGroupList(List<NamedGroup> namedGroupList) {

    private static final VectorCodec<NamedGroup> LIST =
            VectorCodec.u16("named_group_list", 2, 0xFFFF, NamedGroup.CODEC);

    /** The wire form. */
    public static final Codec<NamedGroupList> CODEC = new Codec<>() {
        @Override
        public void encode(NamedGroupList value, WireWriter out) {
            LIST.encode(value.namedGroupList, out);
        }

        @Override
        public NamedGroupList decode(WireReader in) throws DecodeFailure {
            return new NamedGroupList(LIST.decode(in));
        }
    };

    /** The supported_groups extension. */
    public static final ExtensionCodec<NamedGroupList> EXTENSION =
            new ExtensionCodec<>(ExtensionType.SUPPORTED_GROUPS, CODEC);

    public NamedGroupList {
        namedGroupList = List.copyOf(namedGroupList);
    }
}
