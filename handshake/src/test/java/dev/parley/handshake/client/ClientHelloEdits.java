package dev.parley.handshake.client;

import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.message.ClientHello;
import java.util.List;
import java.util.Set;

/** Edits of a ClientHello's extension block, to turn an RFC 8448 hello into the one Parley sends. */
final class ClientHelloEdits {

    private ClientHelloEdits() {
    }

    /** {@code hello} without the extensions of {@code types}; all other bytes unchanged. */
    static ClientHello without(ClientHello hello, ExtensionType... types) {
        Set<ExtensionType> dropped = Set.of(types);
        List<Extension> kept = hello.extensions().stream()
                .filter(extension -> !dropped.contains(extension.extensionType())).toList();
        return with(hello, kept);
    }

    /** {@code hello} with {@code extensions} as its extension block. */
    static ClientHello with(ClientHello hello, List<Extension> extensions) {
        return new ClientHello(hello.legacyVersion(), hello.random(), hello.legacySessionId(), hello.cipherSuites(),
                hello.legacyCompressionMethods(), extensions);
    }
}
