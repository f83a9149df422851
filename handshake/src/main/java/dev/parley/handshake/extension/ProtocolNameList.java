package dev.parley.handshake.extension;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The application_layer_protocol_negotiation extension (RFC 7301 §3.1):
 * {@code ProtocolName protocol_name_list<2..2^16-1>} with {@code opaque ProtocolName<1..2^8-1>}.
 * RFC 7301 §3.1 forbids empty names, which the vector bounds reject as decode_error. The client
 * offers its list; the server answers with a list of exactly one name, which its receiving state
 * checks.
 *
 * @param protocolNameList the protocol names, as bytes (they need not be text)
 */
public record ProtocolNameList(List<Bytes> protocolNameList) {

    private static final VectorCodec<Bytes> LIST = VectorCodec.u16("protocol_name_list", 2, 0xFFFF,
            OpaqueCodec.u8("ProtocolName", 1, 0xFF));

    /** The wire form. */
    public static final Codec<ProtocolNameList> CODEC = new Codec<>() {
        @Override
        public void encode(ProtocolNameList value, WireWriter out) {
            LIST.encode(value.protocolNameList, out);
        }

        @Override
        public ProtocolNameList decode(WireReader in) throws DecodeFailure {
            return new ProtocolNameList(LIST.decode(in));
        }
    };

    /** The extension in a ClientHello, ServerHello (TLS 1.2) or EncryptedExtensions. */
    public static final ExtensionCodec<ProtocolNameList> EXTENSION =
            new ExtensionCodec<>(ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION, CODEC);

    public ProtocolNameList {
        protocolNameList = List.copyOf(protocolNameList);
    }

    /** A list of names given as text, such as {@code "h2", "http/1.1"}, encoded as UTF-8. */
    public static ProtocolNameList of(String... names) {
        return new ProtocolNameList(Arrays.stream(names)
                .map(name -> Bytes.wrap(name.getBytes(StandardCharsets.UTF_8)))
                .toList());
    }
}
