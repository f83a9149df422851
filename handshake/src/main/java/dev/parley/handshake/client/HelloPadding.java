package dev.parley.handshake.client;

import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.Padding;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Handshake;
import java.util.ArrayList;
import java.util.List;

/**
 * The padding extension of RFC 7685, added the way NSS (which made RFC 8448's traces) and
 * BoringSSL add it: a ClientHello message of 256 to 511 bytes, header included, is padded to 512.
 * Some middleboxes (the "F5 bug") hang on ClientHellos in that range, which is why RFC 7685 exists
 * (RFC 7685 §1); RFC 8448 §4 and §5 show ClientHellos padded to exactly 512 bytes by this rule.
 *
 * <p>The padding goes right before pre_shared_key, which must stay last (RFC 8446 §4.2.11), or at
 * the end. A hello needing fewer than 5 bytes gets 1 byte of data, as BoringSSL does, so the
 * extension is never empty.
 */
final class HelloPadding {

    /** Hellos shorter than this are left alone. */
    static final int FROM = 256;
    /** The length padded hellos reach. */
    static final int TO = 512;

    private static final int EXTENSION_HEADER = 4;

    private HelloPadding() {
    }

    /** {@code hello}, which must have no padding yet, with padding added if its length asks for it. */
    static ClientHello pad(ClientHello hello) {
        int length = Handshake.of(hello).encoded().length();
        if (length < FROM || length >= TO) {
            return hello;
        }
        int room = TO - length;
        int dataLength = room >= EXTENSION_HEADER + 1 ? room - EXTENSION_HEADER : 1;
        List<Extension> extensions = new ArrayList<>(hello.extensions());
        int at = extensions.size();
        if (at > 0 && extensions.get(at - 1).extensionType().equals(ExtensionType.PRE_SHARED_KEY)) {
            at--;
        }
        // RFC 7685 §3: the padding's extension_data is all zero bytes.
        extensions.add(at, Padding.EXTENSION.toExtension(new Padding(dataLength)));
        return withExtensions(hello, extensions);
    }

    /** {@code hello} without its padding extension. */
    static ClientHello strip(ClientHello hello) {
        List<Extension> extensions = hello.extensions().stream()
                .filter(extension -> !extension.extensionType().equals(ExtensionType.PADDING)).toList();
        return withExtensions(hello, extensions);
    }

    /** {@code hello} with another extension block. */
    static ClientHello withExtensions(ClientHello hello, List<Extension> extensions) {
        return new ClientHello(hello.legacyVersion(), hello.random(), hello.legacySessionId(), hello.cipherSuites(),
                hello.legacyCompressionMethods(), extensions);
    }
}
