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
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Parley client against {@code gnutls-serv --echo}: each suite and group against one server, each
 * kind of server certificate, client authentication, a HelloRetryRequest, ALPN, resumption and a
 * key update. gnutls-serv reports each connection in one line ({@code - Description: (TLS1.3-X.509)-
 * (ECDHE-X25519)-(ECDSA-SECP256R1-SHA256)-(AES-128-GCM)}), which the tests hold against Parley's
 * accessors; every connection also sends a line and reads its echo.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GnuTlsServerTest {

    private static PeerProcess shared;

    @BeforeAll
    static void startSharedServer() throws IOException {
        shared = GnuTls.startServer("gnutls-serv-matrix", InteropPki.get().server(KeyType.ECDSA_P256),
                "--disable-client-cert");
    }

    @AfterAll
    static void stopSharedServer() {
        if (shared != null) {
            shared.close();
        }
    }

    /** Sends a line and reads gnutls-serv's echo of it; returns Parley's session. */
    private static Session echo(TlsSocket socket, String text) throws IOException {
        ParleyEnds.writeLine(socket.getOutputStream(), text);
        assertEquals(text, ParleyEnds.readLine(socket.getInputStream()), "gnutls-serv's echo");
        return socket.session().orElseThrow();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({
        "TLS_AES_128_GCM_SHA256, X25519, x25519",
        "TLS_AES_128_GCM_SHA256, P-256, secp256r1",
        "TLS_AES_128_GCM_SHA256, P-384, secp384r1",
        "TLS_AES_256_GCM_SHA384, X25519, x25519",
        "TLS_AES_256_GCM_SHA384, P-256, secp256r1",
        "TLS_AES_256_GCM_SHA384, P-384, secp384r1",
        "TLS_CHACHA20_POLY1305_SHA256, X25519, x25519",
        "TLS_CHACHA20_POLY1305_SHA256, P-256, secp256r1",
        "TLS_CHACHA20_POLY1305_SHA256, P-384, secp384r1",
    })
    void agreesOnEachSuiteAndGroup(String suite, String group, String parleyGroup) throws Exception {
        TlsConfig config = InteropPki.get().parleyClient().cipherList(suite).groups(group).build();
        try (TlsSocket socket = ParleyEnds.connect(shared, config)) {
            Session session = echo(socket, suite + " " + group);
            assertEquals(suite, socket.cipher());
            assertEquals(parleyGroup, session.group().map(NamedGroup::toString).orElse("none"));
            MatchResult description = shared.await(GnuTls.DESCRIPTION);
            assertEquals("(TLS1.3-X.509)-(ECDHE-" + GnuTls.GROUPS.get(group) + ")-(ECDSA-SECP256R1-SHA256)-("
                    + GnuTls.CIPHERS.get(suite) + ")", description.group().substring("- Description: ".length()));
            shared.await(Pattern.compile("^- Given server name\\[1]: localhost$"));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "RSA, rsa_pss_rsae_sha256",
        "ECDSA_P384, ecdsa_secp384r1_sha384",
        "ED25519, ed25519",
    })
    void verifiesEachKindOfServerCertificate(KeyType type, String signatureScheme) throws Exception {
        try (PeerProcess server = GnuTls.startServer("gnutls-serv-" + type, InteropPki.get().server(type),
                "--disable-client-cert");
             TlsSocket socket = ParleyEnds.connect(server, InteropPki.get().parleyClient().build())) {
            Session session = echo(socket, type.toString());
            assertEquals(signatureScheme, session.peerSignatureScheme().map(Object::toString).orElse("none"));
            assertEquals(InteropPki.get().server(type).chain(), session.peerCertificates());
        }
    }

    @Test
    void authenticatesWithAClientCertificate() throws Exception {
        InteropPki pki = InteropPki.get();
        InteropPki.Credential client = pki.client(KeyType.ECDSA_P256);
        try (PeerProcess server = GnuTls.startServer("gnutls-serv-client-auth", pki.server(KeyType.ECDSA_P256),
                "--require-client-cert", "--verify-client-cert", "--x509cafile", pki.rootFile().toString());
             TlsSocket socket = ParleyEnds.connect(server,
                     pki.parleyClient().certificate(client.chain(), client.key()).build())) {
            Session session = echo(socket, "client auth");
            assertEquals(client.chain(), session.localCertificates());
            // gnutls-serv verified the chain Parley sent, and Parley's CertificateVerify.
            server.awaitPrinted(Pattern.compile("^\\s+Subject: CN=Parley Interop Client$"));
            server.awaitPrinted(Pattern.compile("^- Status: The certificate is trusted\\."));
            server.awaitPrinted(Pattern.compile("^- Client Signature: ECDSA-SECP256R1-SHA256$"));
        }
    }

    @Test
    void answersAHelloRetryRequestForAnotherGroup() throws Exception {
        try (PeerProcess server = GnuTls.startServer("gnutls-serv-hrr", InteropPki.get().server(KeyType.ECDSA_P256),
                "--disable-client-cert", "--priority", "NORMAL:-GROUP-ALL:+GROUP-SECP256R1");
             TlsSocket socket = ParleyEnds.connect(server,
                     InteropPki.get().parleyClient().groups("X25519:P-256").build())) {
            Session session = echo(socket, "after a HelloRetryRequest");
            assertTrue(session.helloRetryRequest());
            assertEquals(Optional.of(NamedGroup.SECP256R1), session.group());
            assertTrue(server.await(GnuTls.DESCRIPTION).group(3).startsWith("(ECDHE-SECP256R1)"));
        }
    }

    @Test
    void agreesOnAlpn() throws Exception {
        try (PeerProcess server = GnuTls.startServer("gnutls-serv-alpn", InteropPki.get().server(KeyType.ECDSA_P256),
                "--disable-client-cert", "--alpn", "h2", "--alpn", "http/1.1");
             TlsSocket socket = ParleyEnds.connect(server, InteropPki.get().parleyClient().alpn("h2").build())) {
            echo(socket, "alpn");
            assertEquals(Optional.of("h2"), socket.alpnSelected());
            server.awaitPrinted(Pattern.compile("^- Application protocol: h2$"));
        }
    }

    @Test
    void resumesASessionWithItsTicket() throws Exception {
        try (PeerProcess server = GnuTls.startServer("gnutls-serv-resume", InteropPki.get().server(KeyType.ECDSA_P256),
                "--disable-client-cert")) {
            TlsConfig config = InteropPki.get().parleyClient().sessionCacheSize(4).build();
            try (TlsSocket first = ParleyEnds.connect(server, config)) {
                // The echo comes after gnutls-serv's NewSessionTicket, so the ticket is in the cache.
                assertFalse(echo(first, "first").resumed());
            }
            try (TlsSocket second = ParleyEnds.connect(server, config)) {
                Session session = echo(second, "second");
                assertTrue(session.resumed(), "Parley resumed");
                assertTrue(session.group().isPresent(), "psk_dhe_ke: the resumption ran (EC)DHE too");
                assertTrue(second.isSessionReused());
            }
            server.awaitPrinted(GnuTls.RESUMED);
        }
    }

    @Test
    void switchesKeysWhenParleyAsksForIt() throws Exception {
        // At debug level 4 gnutls-serv logs each KeyUpdate it receives and sends, with its request flag.
        try (PeerProcess server = GnuTls.startServer("gnutls-serv-keyupdate",
                InteropPki.get().server(KeyType.ECDSA_P256), "--disable-client-cert", "-d", "4");
             TlsSocket socket = ParleyEnds.connect(server, InteropPki.get().parleyClient().build())) {
            echo(socket, "before the update");
            socket.updateKeys(true);
            echo(socket, "after the update");
            server.await(GnuTls.KEY_UPDATE_RECEIVED_REQUESTED);
            server.await(GnuTls.KEY_UPDATE_SENT_NOT_REQUESTED);
            socket.updateKeys(false);
            echo(socket, "after the second update");
            server.await(GnuTls.KEY_UPDATE_RECEIVED_NOT_REQUESTED);
            assertEquals(1L, server.count(GnuTls.KEY_UPDATE_SENT_NOT_REQUESTED), "no answer to update_not_requested");
        }
    }
}
