package dev.parley.handshake.extension;

import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The server_name extension in a ClientHello (RFC 6066 §3):
 * {@code ServerName server_name_list<1..2^16-1>}. In a ServerHello or EncryptedExtensions the
 * extension is empty ({@link Empty#SERVER_NAME}).
 *
 * @param serverNameList the entries, at most one per name_type
 */
public record ServerNameList(List<ServerName> serverNameList) {

    private static final VectorCodec<ServerName> LIST =
            VectorCodec.u16("server_name_list", 1, 0xFFFF, ServerName.CODEC);

    /** The wire form of the list. */
    public static final Codec<ServerNameList> CODEC = new Codec<>() {
        @Override
        public void encode(ServerNameList value, WireWriter out) {
            LIST.encode(value.serverNameList, out);
        }

        @Override
        public ServerNameList decode(WireReader in) throws DecodeFailure {
            List<ServerName> names = LIST.decode(in);
            Set<Integer> types = new HashSet<>();
            for (ServerName name : names) {
                if (!types.add(name.nameType())) {
                    // RFC 6066 §3: the list must not hold two names of the same name_type.
                    throw new DecodeFailure(HandshakeFailure.DUPLICATE_SERVER_NAME_TYPE,
                            "two server names of name_type " + name.nameType());
                }
            }
            return new ServerNameList(names);
        }
    };

    /** The extension in a ClientHello. */
    public static final ExtensionCodec<ServerNameList> EXTENSION = new ExtensionCodec<>(ExtensionType.SERVER_NAME, CODEC);

    public ServerNameList {
        serverNameList = List.copyOf(serverNameList);
    }

    /** A list holding the one host name a client asks for. */
    public static ServerNameList ofHostName(String hostName) {
        return new ServerNameList(List.of(ServerName.hostName(hostName)));
    }

    /** The host_name entry's name, if the list has one. */
    public Optional<String> hostName() {
        return serverNameList.stream().map(ServerName::hostName).flatMap(Optional::stream).findFirst();
    }
}
