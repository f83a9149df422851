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
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code gnutls-cli} against a Parley server: each suite and group (forced by GnuTLS priority
 * strings), each kind of server certificate, client authentication, a HelloRetryRequest, ALPN,
 * resumption ({@code --resume}) and a key update ({@code ^rekey^}). gnutls-cli verifies Parley's
 * chain against the test root and the name localhost, and reports the connection in its
 * {@code - Description:} line, which the tests hold against Parley's accessors.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GnuTlsClientTest {

    private static final Pattern TRUSTED = Pattern.compile("^- Status: The certificate is trusted\\.");

    /** The Description after {@code - Description: }, e.g. {@code (TLS1.3-X.509)-(ECDHE-X25519)-(...)-(AES-128-GCM)}. */
    private static String description(PeerProcess client) {
        return client.find(GnuTls.DESCRIPTION).group().substring("- Description: ".length());
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
        try (TlsServerSocket server = ParleyEnds.listen(InteropPki.get().parleyServer(KeyType.ECDSA_P256).build());
             PeerProcess client = GnuTls.startClient("gnutls-cli-" + suite + "-" + group, server.getLocalPort(),
                     "--priority", GnuTls.onlyThis(suite, group));
             TlsSocket socket = ParleyEnds.accept(server)) {
            Session session = ParleyEnds.exchange(client, socket, suite + " " + group);
            assertEquals(suite, socket.cipher());
            assertEquals(parleyGroup, session.group().map(NamedGroup::toString).orElse("none"));
            assertEquals("(TLS1.3-X.509)-(ECDHE-" + GnuTls.GROUPS.get(group) + ")-(ECDSA-SECP256R1-SHA256)-("
                    + GnuTls.CIPHERS.get(suite) + ")", description(client));
            assertTrue(client.printed(TRUSTED), "gnutls-cli verified Parley's chain and name");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "RSA, RSA-PSS-RSAE-SHA256",
        "ECDSA_P384, ECDSA-SECP384R1-SHA384",
        "ED25519, EdDSA-Ed25519",
    })
    void presentsEachKindOfServerCertificate(KeyType type, String signature) throws Exception {
        try (TlsServerSocket server = ParleyEnds.listen(InteropPki.get().parleyServer(type).build());
             PeerProcess client = GnuTls.startClient("gnutls-cli-" + type, server.getLocalPort());
             TlsSocket socket = ParleyEnds.accept(server)) {
            ParleyEnds.exchange(client, socket, type.toString());
            assertTrue(description(client).contains("-(" + signature + ")-"), description(client));
            assertTrue(client.printed(TRUSTED), "gnutls-cli verified Parley's chain and name");
        }
    }

    @Test
    void verifiesTheClientCertificate() throws Exception {
        InteropPki pki = InteropPki.get();
        TlsConfig config = pki.parleyServer(KeyType.ECDSA_P256).verifyMode(VerifyMode.REQUIRE_PEER)
                .caFile(pki.rootFile()).build();
        Credential credential = pki.client(KeyType.RSA);
        try (TlsServerSocket server = ParleyEnds.listen(config);
             PeerProcess client = GnuTls.startClient("gnutls-cli-client-auth", server.getLocalPort(),
                     "--x509certfile", credential.fullChainFile().toString(),
                     "--x509keyfile", credential.keyFile().toString());
             TlsSocket socket = ParleyEnds.accept(server)) {
            Session session = ParleyEnds.exchange(client, socket, "client auth");
            assertEquals(credential.chain(), session.peerCertificates());
            assertTrue(client.printed(Pattern.compile("^- Successfully sent 2 certificate\\(s\\) to server\\.")));
        }
    }

    @Test
    void asksForAnotherKeyShareWithAHelloRetryRequest() throws Exception {
        // gnutls-cli sends one NIST-curve key share, for its first such group (P-384); Parley takes P-256 only.
        TlsConfig config = InteropPki.get().parleyServer(KeyType.ECDSA_P256).groups("P-256").build();
        try (TlsServerSocket server = ParleyEnds.listen(config);
             PeerProcess client = GnuTls.startClient("gnutls-cli-hrr", server.getLocalPort(), "--priority",
                     "NORMAL:-VERS-ALL:+VERS-TLS1.3:-GROUP-ALL:+GROUP-SECP384R1:+GROUP-SECP256R1");
             TlsSocket socket = ParleyEnds.accept(server)) {
            Session session = ParleyEnds.exchange(client, socket, "after a HelloRetryRequest");
            assertTrue(session.helloRetryRequest(), "Parley sent a HelloRetryRequest");
            assertEquals(Optional.of(NamedGroup.SECP256R1), session.group());
            assertTrue(description(client).contains("-(ECDHE-SECP256R1)-"), description(client));
        }
    }

    @Test
    void agreesOnAlpn() throws Exception {
        TlsConfig config = InteropPki.get().parleyServer(KeyType.ECDSA_P256).alpn("h2").build();
        try (TlsServerSocket server = ParleyEnds.listen(config);
             PeerProcess client = GnuTls.startClient("gnutls-cli-alpn", server.getLocalPort(),
                     "--alpn", "http/1.1", "--alpn", "h2");
             TlsSocket socket = ParleyEnds.accept(server)) {
            ParleyEnds.exchange(client, socket, "alpn");
            assertEquals(Optional.of("h2"), socket.alpnSelected());
            assertTrue(client.printed(Pattern.compile("^- Application protocol: h2$")), "gnutls-cli's ALPN report");
        }
    }

    @Test
    void resumesWithTheTicketParleyIssued() throws Exception {
        try (TlsServerSocket server = ParleyEnds.listen(InteropPki.get().parleyServer(KeyType.ECDSA_P256).build());
             PeerProcess client = GnuTls.startClient("gnutls-cli-resume", server.getLocalPort(),
                     "--resume", "--waitresumption")) {
            try (TlsSocket first = ParleyEnds.accept(server)) {
                // gnutls-cli waits for the NewSessionTicket, then hangs up to reconnect.
                drain(first.getInputStream());
                assertFalse(first.isSessionReused());
            }
            try (TlsSocket second = ParleyEnds.accept(server)) {
                Session session = ParleyEnds.exchange(client, second, "resumed");
                assertTrue(session.resumed(), "Parley accepted the ticket");
                assertTrue(session.group().isPresent(), "psk_dhe_ke: the resumption ran (EC)DHE too");
                assertTrue(client.printed(GnuTls.RESUMED), "gnutls-cli's report");
            }
        }
    }

    @Test
    void answersTheClientsKeyUpdate() throws Exception {
        try (TlsServerSocket server = ParleyEnds.listen(InteropPki.get().parleyServer(KeyType.ECDSA_P256).build());
             PeerProcess client = GnuTls.startClient("gnutls-cli-rekey", server.getLocalPort(), "--inline-commands",
                     "-d", "4");
             TlsSocket socket = ParleyEnds.accept(server)) {
            ParleyEnds.exchange(client, socket, "before the update");
            // ^rekey^ sends a KeyUpdate with update_requested (RFC 8446 §4.6.3).
            client.send("^rekey^\n");
            client.await(Pattern.compile("^- Rekey was completed$"));
            ParleyEnds.exchange(client, socket, "after the update");
            // gnutls-cli's debug log (level 4) shows Parley's answer: a KeyUpdate asking for none back.
            client.awaitPrinted(GnuTls.KEY_UPDATE_RECEIVED_NOT_REQUESTED);
            assertEquals(0L, client.count(GnuTls.KEY_UPDATE_RECEIVED_REQUESTED));
        }
    }

    /** Reads until the peer's close_notify (or its hang-up); the first connection's data is not the point. */
    private static void drain(InputStream in) {
        try {
            while (in.read() >= 0) {
                continue;
            }
        } catch (IOException hangUp) {
            // gnutls-cli may close without waiting; the second connection is what the test checks.
        }
    }
}
