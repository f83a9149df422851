package dev.parley.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.TlsConfig;
import dev.parley.TlsSocket;
import dev.parley.handshake.Session;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.interop.InteropPki.KeyType;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Parley client against {@code openssl s_server}: every suite and group against one server that
 * accepts them all (the client's offer decides), then the features one server each: HelloRetryRequest,
 * ALPN, client authentication, resumption. What was negotiated is read from Parley's accessors and
 * from s_server's report ({@code CIPHER is}, {@code ALPN protocol}, {@code Reused session-id}, the
 * client certificate), and data goes both ways on every connection.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OpenSslServerTest {

    private static final Pattern TRACE_SERVER_HELLO = Pattern.compile("^\\s+ServerHello, Length=");
    private static final Pattern TRACE_CIPHER_SUITE = Pattern.compile("^\\s+cipher_suite \\{.*} (\\S+)$");
    private static final Pattern TRACE_NAMED_GROUP = Pattern.compile("^\\s+NamedGroup: (\\S+)");

    private static PeerProcess shared;

    @BeforeAll
    static void startSharedServer() throws IOException {
        // -trace prints each handshake message decoded, the ServerHello's suite and key share among them.
        shared = OpenSsl.startServer("s_server-matrix", InteropPki.get().server(KeyType.ECDSA_P256),
                "-groups", "X25519:P-256:P-384", "-trace");
    }

    @AfterAll
    static void stopSharedServer() {
        if (shared != null) {
            shared.close();
        }
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({
        "TLS_AES_128_GCM_SHA256, X25519, x25519, ecdh_x25519",
        "TLS_AES_128_GCM_SHA256, P-256, secp256r1, secp256r1",
        "TLS_AES_128_GCM_SHA256, P-384, secp384r1, secp384r1",
        "TLS_AES_256_GCM_SHA384, X25519, x25519, ecdh_x25519",
        "TLS_AES_256_GCM_SHA384, P-256, secp256r1, secp256r1",
        "TLS_AES_256_GCM_SHA384, P-384, secp384r1, secp384r1",
        "TLS_CHACHA20_POLY1305_SHA256, X25519, x25519, ecdh_x25519",
        "TLS_CHACHA20_POLY1305_SHA256, P-256, secp256r1, secp256r1",
        "TLS_CHACHA20_POLY1305_SHA256, P-384, secp384r1, secp384r1",
    })
    void agreesOnEachSuiteAndGroup(String suite, String group, String groupRegistryName, String openSslTraceName)
            throws Exception {
        TlsConfig config = InteropPki.get().parleyClient().cipherList(suite).groups(group).build();
        try (TlsSocket socket = ParleyEnds.connect(shared, config)) {
            // What s_server sent in its ServerHello, in the order -trace prints it.
            shared.await(TRACE_SERVER_HELLO);
            assertEquals(suite, shared.await(TRACE_CIPHER_SUITE).group(1), "the ServerHello's cipher_suite");
            assertEquals(openSslTraceName, shared.await(TRACE_NAMED_GROUP).group(1), "the ServerHello's key_share");
            assertEquals(suite, shared.await(OpenSsl.SERVER_CIPHER).group(1), "s_server's CIPHER is");
            Session session = ParleyEnds.exchange(shared, socket, suite + " " + group);
            assertEquals("TLSv1_3", socket.version());
            assertEquals(suite, socket.cipher());
            assertEquals(groupRegistryName, session.group().map(NamedGroup::toString).orElse("none"));
            assertFalse(session.helloRetryRequest(), "the client's only key share was accepted");
        }
    }

    @Test
    void answersAHelloRetryRequestForAnotherGroup() throws Exception {
        try (PeerProcess server = OpenSsl.startServer("s_server-hrr", InteropPki.get().server(KeyType.ECDSA_P256),
                "-groups", "P-256")) {
            // The client's first key share is X25519, which this server does not take: it asks again (RFC 8446 §4.1.4).
            TlsConfig config = InteropPki.get().parleyClient().groups("X25519:P-256").build();
            try (TlsSocket socket = ParleyEnds.connect(server, config)) {
                Session session = ParleyEnds.exchange(server, socket, "after a HelloRetryRequest");
                assertTrue(session.helloRetryRequest(), "s_server sent a HelloRetryRequest");
                assertEquals(Optional.of(NamedGroup.SECP256R1), session.group());
            }
        }
    }

    @Test
    void agreesOnAlpn() throws Exception {
        try (PeerProcess server = OpenSsl.startServer("s_server-alpn", InteropPki.get().server(KeyType.ECDSA_P256),
                "-alpn", "h2,http/1.1")) {
            TlsConfig config = InteropPki.get().parleyClient().alpn("http/1.1").build();
            try (TlsSocket socket = ParleyEnds.connect(server, config)) {
                ParleyEnds.exchange(server, socket, "alpn");
                assertEquals(Optional.of("http/1.1"), socket.alpnSelected());
                assertTrue(server.printed(Pattern.compile("^ALPN protocols selected: http/1\\.1$")), "s_server's ALPN report");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "RSA, rsa_pss_rsae_sha256",
        "ECDSA_P256, ecdsa_secp256r1_sha256",
        "ECDSA_P384, ecdsa_secp384r1_sha384",
        "ED25519, ed25519",
    })
    void verifiesEachKindOfServerCertificate(KeyType type, String signatureScheme) throws Exception {
        InteropPki.Credential credential = InteropPki.get().server(type);
        try (PeerProcess server = OpenSsl.startServer("s_server-" + type, credential)) {
            try (TlsSocket socket = ParleyEnds.connect(server, InteropPki.get().parleyClient().build())) {
                Session session = ParleyEnds.exchange(server, socket, type.toString());
                assertEquals(signatureScheme, session.peerSignatureScheme().map(Object::toString).orElse("none"));
                assertEquals(credential.chain(), session.peerCertificates(), "the leaf and intermediate s_server sent");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"ECDSA_P256, ECDSA", "RSA, RSA-PSS"})
    void authenticatesWithAClientCertificate(KeyType type, String signatureType) throws Exception {
        InteropPki pki = InteropPki.get();
        try (PeerProcess server = OpenSsl.startServer("s_server-client-auth-" + type, pki.server(KeyType.ECDSA_P256),
                "-Verify", "2", "-CAfile", pki.rootFile().toString(), "-verify_return_error")) {
            InteropPki.Credential client = pki.client(type);
            TlsConfig config = pki.parleyClient().certificate(client.chain(), client.key()).build();
            try (TlsSocket socket = ParleyEnds.connect(server, config)) {
                Session session = ParleyEnds.exchange(server, socket, "client auth " + type);
                assertEquals(client.chain(), session.localCertificates());
                // s_server prints the client certificate it verified, and its verdict (verify return:1).
                // On stderr, which may be read after stdout's later lines: waited for, not just looked up.
                server.awaitPrinted(Pattern.compile("^\\[stderr] depth=0 CN = Parley Interop Client$"));
                assertEquals(signatureType, server.find(Pattern.compile("^Peer signature type: (.*)$")).group(1));
                assertEquals("subject=CN = Parley Interop Client",
                        server.find(Pattern.compile("^subject=.*$")).group());
                assertFalse(server.printed(Pattern.compile("verify error")), "s_server accepted the chain");
            }
        }
    }

    @Test
    void resumesASessionWithItsTicket() throws Exception {
        try (PeerProcess server = OpenSsl.startServer("s_server-resume", InteropPki.get().server(KeyType.ECDSA_P256))) {
            TlsConfig config = InteropPki.get().parleyClient().sessionCacheSize(4).build();
            try (TlsSocket first = ParleyEnds.connect(server, config)) {
                // The exchange reads past s_server's NewSessionTickets, which come before its data.
                assertFalse(ParleyEnds.exchange(server, first, "first").resumed());
            }
            try (TlsSocket second = ParleyEnds.connect(server, config)) {
                Session session = ParleyEnds.exchange(server, second, "second");
                assertTrue(session.resumed(), "Parley resumed");
                assertTrue(session.group().isPresent(), "psk_dhe_ke: the resumption ran (EC)DHE too");
                assertTrue(second.isSessionReused());
                assertEquals(InteropPki.get().server(KeyType.ECDSA_P256).chain(), session.peerCertificates(),
                        "a resumed session keeps the original server chain");
                assertTrue(server.printed(Pattern.compile("^Reused session-id$")), "s_server's report");
            }
        }
    }
}
