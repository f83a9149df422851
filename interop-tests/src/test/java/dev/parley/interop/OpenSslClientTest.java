package dev.parley.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.TlsConfig;
import dev.parley.TlsServerSocket;
import dev.parley.TlsSocket;
import dev.parley.VerifyMode;
import dev.parley.handshake.Session;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.interop.InteropPki.Credential;
import dev.parley.interop.InteropPki.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code openssl s_client} against a Parley server: each suite and group (the client's offer
 * decides), each kind of server certificate, client authentication, a HelloRetryRequest, ALPN, SNI
 * choosing between two certificates, and resumption through s_client's {@code -sess_out} /
 * {@code -sess_in}. s_client verifies Parley's chain against the test root
 * ({@code -verify_return_error}) and reports what it negotiated ({@code Cipher is},
 * {@code Server Temp Key}, {@code Peer signature type}, {@code ALPN protocol}, {@code Reused}), which
 * the tests compare with Parley's own accessors.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OpenSslClientTest {

    /** One connection: s_client started with {@code options}, Parley's socket accepted, a line each way. */
    private static Session converse(TlsServerSocket server, String name, List<String> options,
                                    PeerCheck check) throws Exception {
        try (PeerProcess client = PeerProcess.start(name, InteropPki.get().directory(),
                OpenSsl.client(server.getLocalPort(), options.toArray(String[]::new)), false);
             TlsSocket socket = ParleyEnds.accept(server)) {
            Session session = ParleyEnds.exchange(client, socket, name);
            check.accept(client, socket, session);
            return session;
        }
    }

    /** What a test checks of one conversation. */
    @FunctionalInterface
    private interface PeerCheck {
        void accept(PeerProcess client, TlsSocket socket, Session session) throws Exception;
    }

    private static MatchResult cipherLine(PeerProcess client) {
        return client.find(OpenSsl.CLIENT_CIPHER);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({
        "TLS_AES_128_GCM_SHA256, X25519, X25519, x25519",
        "TLS_AES_128_GCM_SHA256, P-256, ECDH prime256v1, secp256r1",
        "TLS_AES_128_GCM_SHA256, P-384, ECDH secp384r1, secp384r1",
        "TLS_AES_256_GCM_SHA384, X25519, X25519, x25519",
        "TLS_AES_256_GCM_SHA384, P-256, ECDH prime256v1, secp256r1",
        "TLS_AES_256_GCM_SHA384, P-384, ECDH secp384r1, secp384r1",
        "TLS_CHACHA20_POLY1305_SHA256, X25519, X25519, x25519",
        "TLS_CHACHA20_POLY1305_SHA256, P-256, ECDH prime256v1, secp256r1",
        "TLS_CHACHA20_POLY1305_SHA256, P-384, ECDH secp384r1, secp384r1",
    })
    void agreesOnEachSuiteAndGroup(String suite, String group, String openSslKey, String parleyGroup) throws Exception {
        try (TlsServerSocket server = ParleyEnds.listen(InteropPki.get().parleyServer(KeyType.ECDSA_P256).build())) {
            converse(server, "s_client-" + suite + "-" + group,
                    List.of("-ciphersuites", suite, "-groups", group, "-servername", InteropPki.SERVER_NAME),
                    (client, socket, session) -> {
                        assertEquals(suite, socket.cipher());
                        assertEquals(parleyGroup, session.group().map(NamedGroup::toString).orElse("none"));
                        assertFalse(session.helloRetryRequest());
                        MatchResult cipher = cipherLine(client);
                        assertEquals("TLSv1.3", cipher.group(2));
                        assertEquals(suite, cipher.group(3));
                        assertEquals(openSslKey, client.find(OpenSsl.SERVER_TEMP_KEY).group(1).replace(",", ""));
                    });
        }
    }

    @ParameterizedTest
    @CsvSource({
        "RSA, RSA-PSS, SHA256",
        "ECDSA_P256, ECDSA, SHA256",
        "ECDSA_P384, ECDSA, SHA384",
        "ED25519, ed25519, ",
    })
    void presentsEachKindOfServerCertificate(KeyType type, String signatureType, String digest) throws Exception {
        try (TlsServerSocket server = ParleyEnds.listen(InteropPki.get().parleyServer(type).build())) {
            converse(server, "s_client-" + type, List.of("-verify_hostname", InteropPki.SERVER_NAME),
                    (client, socket, session) -> {
                        assertEquals(signatureType, client.find(Pattern.compile("^Peer signature type: (.*)$")).group(1));
                        if (digest != null) {
                            assertEquals(digest, client.find(Pattern.compile("^Peer signing digest: (.*)$")).group(1));
                        }
                        assertTrue(client.printed(Pattern.compile("^Verify return code: 0 \\(ok\\)$")),
                                "s_client verified Parley's chain and name");
                        assertEquals(InteropPki.get().server(type).chain(), session.localCertificates());
                    });
        }
    }

    @ParameterizedTest
    @CsvSource({"ECDSA_P256", "RSA"})
    void verifiesTheClientCertificate(KeyType type) throws Exception {
        InteropPki pki = InteropPki.get();
        TlsConfig config = pki.parleyServer(KeyType.ECDSA_P256).verifyMode(VerifyMode.REQUIRE_PEER)
                .caFile(pki.rootFile()).build();
        Credential credential = pki.client(type);
        try (TlsServerSocket server = ParleyEnds.listen(config)) {
            converse(server, "s_client-client-auth-" + type, List.of("-cert", credential.leafFile().toString(),
                    "-cert_chain", credential.chainFile().toString(), "-key", credential.keyFile().toString()),
                    (client, socket, session) -> {
                        assertEquals(credential.chain(), session.peerCertificates());
                        assertEquals(InteropPki.CLIENT_SUBJECT, socket.peerCertificate().orElseThrow().subject());
                    });
        }
    }

    @Test
    void asksForAnotherKeyShareWithAHelloRetryRequest() throws Exception {
        // s_client sends a key share for its first group only (P-384); this server takes X25519 alone.
        TlsConfig config = InteropPki.get().parleyServer(KeyType.ECDSA_P256).groups("X25519").build();
        try (TlsServerSocket server = ParleyEnds.listen(config)) {
            converse(server, "s_client-hrr", List.of("-groups", "P-384:X25519", "-msg"),
                    (client, socket, session) -> {
                        assertTrue(session.helloRetryRequest(), "Parley sent a HelloRetryRequest");
                        assertEquals(Optional.of(NamedGroup.X25519), session.group());
                        assertEquals("X25519", client.find(OpenSsl.SERVER_TEMP_KEY).group(1));
                        // Two ClientHellos went out: the first, and the one answering the HelloRetryRequest.
                        assertEquals(2L, client.count(Pattern.compile("^>>> .*Handshake.*ClientHello$")));
                    });
        }
    }

    @Test
    void agreesOnAlpn() throws Exception {
        TlsConfig config = InteropPki.get().parleyServer(KeyType.ECDSA_P256).alpn("http/1.1", "h2").build();
        try (TlsServerSocket server = ParleyEnds.listen(config)) {
            converse(server, "s_client-alpn", List.of("-alpn", "h2,http/1.1"), (client, socket, session) -> {
                assertEquals(Optional.of("http/1.1"), socket.alpnSelected(), "the server's preference wins");
                assertEquals("http/1.1", client.find(Pattern.compile("^ALPN protocol: (.*)$")).group(1));
            });
        }
    }

    @ParameterizedTest
    @CsvSource({"localhost, CN = localhost", "other.example, CN = other.example"})
    void choosesTheCertificateByServerName(String serverName, String subject) throws Exception {
        InteropPki pki = InteropPki.get();
        TlsConfig config = pki.parleyServer(KeyType.ECDSA_P256).certificate(InteropPki.OTHER_NAME,
                pki.other().fullChainFile(), pki.other().keyFile()).build();
        try (TlsServerSocket server = ParleyEnds.listen(config)) {
            converse(server, "s_client-sni-" + serverName, List.of("-servername", serverName, "-verify_hostname",
                    serverName), (client, socket, session) -> {
                        assertEquals(Optional.of(serverName), socket.serverName());
                        assertEquals("subject=" + subject, client.find(Pattern.compile("^subject=.*$")).group());
                        assertTrue(client.printed(Pattern.compile("^Verify return code: 0 \\(ok\\)$")));
                    });
        }
    }

    @Test
    void resumesTheSessionSClientSaved() throws Exception {
        Path saved = Files.createTempFile(InteropPki.get().directory(), "s_client-session-", ".pem");
        try (TlsServerSocket server = ParleyEnds.listen(InteropPki.get().parleyServer(KeyType.ECDSA_P256).build())) {
            // The exchange has s_client read past Parley's NewSessionTicket, which -sess_out then saves.
            Session first = converse(server, "s_client-sess_out", List.of("-sess_out", saved.toString()),
                    (client, socket, session) -> assertEquals("New", cipherLine(client).group(1)));
            assertFalse(first.resumed());
            Session second = converse(server, "s_client-sess_in", List.of("-sess_in", saved.toString()),
                    (client, socket, session) -> {
                        assertEquals("Reused", cipherLine(client).group(1));
                        assertTrue(socket.isSessionReused());
                        assertTrue(session.group().isPresent(), "psk_dhe_ke: the resumption ran (EC)DHE too");
                    });
            assertTrue(second.resumed());
        }
    }
}
