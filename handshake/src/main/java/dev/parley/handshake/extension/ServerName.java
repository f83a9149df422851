package dev.parley.handshake.extension;

import dev.parley.crypto.Bytes;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a server_name list (RFC 6066 §3): a name_type and the name.
 *
 * <p>RFC 6066 §3 defines only host_name(0) and requires every future name type to begin with a
 * 16-bit length, so every entry reads as a type and a two-byte-length vector. A HostName is
 * {@code opaque HostName<1..2^16-1>}, "represented as a byte string using ASCII encoding without a
 * trailing dot"; a host_name outside that definition is malformed and fails with decode_error.
 * We take "ASCII" to mean the visible characters 0x21..0x7E: no host name holds a space, a control
 * character or a NUL (which would cut C-string comparisons short). Whether the letters and hyphens
 * form a valid DNS name, and that it is no IP literal (also forbidden by RFC 6066 §3), is left to
 * the server, which decides whether it recognizes the name.
 *
 * @param nameType the name_type, 0 for host_name
 * @param name the name's bytes
 */
public record ServerName(int nameType, Bytes name) {

    /** NameType host_name (RFC 6066 §3). */
    public static final int HOST_NAME = 0;

    /** The wire form: name_type, then the name behind a two-byte length. */
    public static final Codec<ServerName> CODEC = new Codec<>() {
        @Override
        public void encode(ServerName value, WireWriter out) {
            out.u8(value.nameType);
            out.opaque16(value.name);
        }

        @Override
        public ServerName decode(WireReader in) throws DecodeFailure {
            int nameType = in.u8();
            if (nameType != HOST_NAME) {
                return new ServerName(nameType, in.opaque16("server name", 0, 0xFFFF));
            }
            Bytes hostName = in.opaque16("HostName", 1, 0xFFFF);
            checkHostName(hostName);
            return new ServerName(nameType, hostName);
        }
    };

    public ServerName {
        Objects.requireNonNull(name, "name");
    }

    /** A host_name entry for {@code hostName}, which the caller has already put in ASCII (A-label) form. */
    public static ServerName hostName(String hostName) {
        return new ServerName(HOST_NAME, Bytes.wrap(hostName.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The host name, if this is a host_name entry. */
    public Optional<String> hostName() {
        return nameType == HOST_NAME
                ? Optional.of(new String(name.toByteArray(), StandardCharsets.US_ASCII))
                : Optional.empty();
    }

    private static void checkHostName(Bytes hostName) throws DecodeFailure {
        for (int i = 0; i < hostName.length(); i++) {
            int c = hostName.getUnsigned(i);
            if (c < 0x21 || c > 0x7E) {
                // RFC 6066 §3: a HostName is an ASCII byte string.
                throw new DecodeFailure(WireFailure.VALUE_OUT_OF_RANGE,
                        String.format("HostName byte 0x%02x at %d is not visible ASCII", c, i));
            }
        }
        if (hostName.getUnsigned(hostName.length() - 1) == '.') {
            // RFC 6066 §3: a HostName has no trailing dot.
            throw new DecodeFailure(WireFailure.VALUE_OUT_OF_RANGE, "HostName ends with a dot");
        }
    }
}
