package dev.parley.handshake.server;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.KeyShareEntry;
import dev.parley.handshake.extension.KeyShareHelloRetryRequest;
import dev.parley.handshake.extension.KeyShareServerHello;
import dev.parley.handshake.extension.PreSharedKeyServerHello;
import dev.parley.handshake.extension.SupportedVersionsServerHello;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.HelloRetryRequest;
import dev.parley.handshake.message.ServerHello;
import dev.parley.record.ProtocolVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The server's two kinds of hello (RFC 8446 §4.1.3, §4.1.4). Both carry only what TLS 1.3 needs:
 * legacy_version 0x0303, the client's session id echoed, the null compression method, and
 * supported_versions selecting 0x0304; the extensions appear in the order RFC 8448 prints them
 * (pre_shared_key, key_share, supported_versions).
 */
final class ServerHellos {

    /** RFC 8446 §4.1.3: legacy_version is 0x0303; the real version is in supported_versions. */
    private static final ProtocolVersion LEGACY_VERSION = ProtocolVersion.TLS12;
    private static final Extension SELECTED_VERSION =
            SupportedVersionsServerHello.EXTENSION.toExtension(new SupportedVersionsServerHello(ProtocolVersion.TLS13));

    private ServerHellos() {
    }

    /** A ServerHello answering {@code clientHello} with {@code serverShare}, and the accepted PSK if any. */
    static ServerHello serverHello(ClientHello clientHello, Bytes random, CipherSuite suite,
                                   Optional<Integer> selectedIdentity, KeyShareEntry serverShare) {
        List<Extension> extensions = new ArrayList<>();
        selectedIdentity.ifPresent(index -> extensions.add(
                PreSharedKeyServerHello.EXTENSION.toExtension(new PreSharedKeyServerHello(index))));
        extensions.add(KeyShareServerHello.EXTENSION.toExtension(new KeyShareServerHello(serverShare)));
        extensions.add(SELECTED_VERSION);
        // RFC 8446 §4.1.3: legacy_session_id_echo echoes the client's, legacy_compression_method is 0.
        return new ServerHello(LEGACY_VERSION, random, clientHello.legacySessionId(), suite, 0, extensions);
    }

    /**
     * A HelloRetryRequest asking for a share in {@code group} (RFC 8446 §4.1.4): only supported_versions
     * and key_share, the minimal set. Parley keeps the retry state in the connection, so it sends no
     * cookie (§4.2.2 makes the cookie optional; it exists for stateless servers).
     */
    static HelloRetryRequest helloRetryRequest(ClientHello clientHello, CipherSuite suite, NamedGroup group) {
        List<Extension> extensions = List.of(
                KeyShareHelloRetryRequest.EXTENSION.toExtension(new KeyShareHelloRetryRequest(group)),
                SELECTED_VERSION);
        return new HelloRetryRequest(LEGACY_VERSION, clientHello.legacySessionId(), suite, 0, extensions);
    }
}
