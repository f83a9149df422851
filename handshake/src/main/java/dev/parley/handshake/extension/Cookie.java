package dev.parley.handshake.extension;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.Objects;

/**
 * The cookie extension (RFC 8446 §4.2.2): {@code opaque cookie<1..2^16-1>}, sent by a server in a
 * HelloRetryRequest and echoed by the client in its second ClientHello.
 *
 * @param cookie the server's opaque state
 */
public record Cookie(Bytes cookie) {

    /** The wire form. */
    public static final Codec<Cookie> CODEC = new Codec<>() {
        @Override
        public void encode(Cookie value, WireWriter out) {
            out.opaque16(value.cookie);
        }

        @Override
        public Cookie decode(WireReader in) throws DecodeFailure {
            return new Cookie(in.opaque16("cookie", 1, 0xFFFF));
        }
    };

    /** The extension in a HelloRetryRequest or ClientHello. */
    public static final ExtensionCodec<Cookie> EXTENSION = new ExtensionCodec<>(ExtensionType.COOKIE, CODEC);

    public Cookie {
        Objects.requireNonNull(cookie, "cookie");
    }
}
