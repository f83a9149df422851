package dev.parley;

import static dev.parley.Fixtures.cert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.handshake.ClientAuth;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.record.ProtocolVersion;
import dev.parley.x509.key.PasswordCallback;
import dev.parley.x509.pem.KeyFile;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Building configs: the defaults, certificate loading in every format, and the errors on the way. */
class TlsConfigTest {

    private static final PasswordCallback SECRET = PasswordCallback.of("secret".toCharArray());

    @Test
    void theDefaultsAreDesignMdsDefaults() throws IOException {
        TlsConfig client = TlsConfig.client().build();
        assertEquals(List.of(ProtocolVersion.TLS13), client.versions());
        assertEquals(List.of(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_AES_256_GCM_SHA384,
                CipherSuite.TLS_CHACHA20_POLY1305_SHA256), client.cipherSuites());
        assertEquals(List.of(NamedGroup.X25519, NamedGroup.SECP256R1, NamedGroup.SECP384R1), client.groups());
        assertEquals(VerifyMode.PEER, client.verifyMode(), "a client verifies its server");
        assertTrue(client.lifecycle().fastShutdown());
        assertTrue(client.sessionCache().isEmpty(), "no session cache unless asked for, as in IO::Socket::SSL");
        TlsConfig server = TlsConfig.server().certificate(cert("server-chain.pem"), cert("server.key")).build();
        assertEquals(VerifyMode.NONE, server.verifyMode(), "a server asks for no client certificate");
        assertEquals(ClientAuth.NONE, server.engineConfig().clientAuth());
        assertTrue(server.honorCipherOrder());
    }

    @Test
    void optionsReachTheEngineConfig() throws IOException {
        TlsConfig server = TlsConfig.server().certificate(cert("server-chain.pem"), cert("server.key"))
                .cipherList("TLS_CHACHA20_POLY1305_SHA256:TLS_AES_256_GCM_SHA384").groups("P-384:X25519")
                .alpn("h2", "http/1.1").verifyMode("peer|fail_if_no_peer_cert").honorCipherOrder(false)
                .sessionCacheSize(5).build();
        assertEquals(List.of(CipherSuite.TLS_CHACHA20_POLY1305_SHA256, CipherSuite.TLS_AES_256_GCM_SHA384),
                server.engineConfig().cipherSuites());
        assertEquals(List.of(NamedGroup.SECP384R1, NamedGroup.X25519), server.engineConfig().groups());
        assertEquals(List.of(NamedGroup.SECP384R1), server.engineConfig().keyShareGroups());
        assertEquals(List.of("h2", "http/1.1"), server.engineConfig().applicationProtocols());
        assertEquals(ClientAuth.REQUIRED, server.engineConfig().clientAuth());
        assertFalse(server.engineConfig().serverCipherPreference());
        assertEquals(2, server.engineConfig().certificates().get(0).chain().size());
        assertEquals(ClientAuth.OPTIONAL, server.toBuilder().verifyMode(VerifyMode.PEER).build()
                .engineConfig().clientAuth());
    }

    @Test
    void aServerNeedsACertificate() {
        ParleyException e = assertThrows(ParleyException.class, () -> TlsConfig.server().build());
        assertEquals(ErrorCode.CONFIGURATION, e.code());
        assertTrue(e.getMessage().contains("TlsConfig.server().certificate(certFile, keyFile)"), e.getMessage());
    }

    @Test
    void certificatesPerServerNameNeedADefault() throws IOException {
        ParleyException e = assertThrows(ParleyException.class, () -> TlsConfig.server()
                .certificate("other.example", cert("other-host-chain.pem"), cert("other-host.key")).build());
        assertTrue(e.getMessage().contains("also needs a default one"), e.getMessage());
        TlsConfig both = TlsConfig.server().certificate(cert("server-chain.pem"), cert("server.key"))
                .certificate("Other.Example", cert("other-host-chain.pem"), cert("other-host.key")).build();
        assertEquals("CN=other.example", both.engineConfig().certificatesByServerName().get("other.example")
                .get(0).leaf().subject().toString());
    }

    @Test
    void aKeyThatDoesNotBelongToTheCertificateIsRefused() {
        ParleyException e = assertThrows(ParleyException.class, () -> TlsConfig.server()
                .certificate(cert("server-chain.pem"), cert("other-host.key")).build());
        assertTrue(e.getMessage().contains("does not belong to the certificate CN=localhost"), e.getMessage());
        assertTrue(e.getMessage().contains("do not go together"), e.getMessage());
    }

    @Test
    void anEncryptedKeyNeedsItsPassword() throws IOException {
        ParleyException e = assertThrows(ParleyException.class, () -> TlsConfig.server()
                .certificate(cert("server-chain.pem"), cert("server-encrypted.key")).build());
        assertTrue(e.getMessage().contains("protected by a password: give it with keyPassword(...)"), e.getMessage());
        TlsConfig config = TlsConfig.server().keyPassword(SECRET)
                .certificate(cert("server-chain.pem"), cert("server-encrypted.key")).build();
        assertEquals(1, config.certificates().get("").size());
    }

    @Test
    void aPkcs12FileHoldsChainAndKey() throws IOException {
        TlsConfig config = TlsConfig.server().keyPassword(SECRET).certificate(cert("server.p12")).build();
        assertEquals(2, config.certificates().get("").get(0).chain().size());
        ParleyException e = assertThrows(ParleyException.class,
                () -> TlsConfig.server().keyPassword(resource -> "wrong".toCharArray()).certificate(cert("server.p12")).build());
        assertTrue(e.getMessage().contains("check the password keyPassword(...) gives"), e.getMessage());
    }

    @Test
    void inMemoryCertificatesAndKeysArePairedToo() throws Exception {
        KeyFile key = KeyFile.read(cert("server.key"));
        TlsConfig config = TlsConfig.server().certificate(Fixtures.chain("server-chain.pem"), key.privateKey()).build();
        assertEquals(2, config.certificates().get("").get(0).chain().size());
        KeyFile other = KeyFile.read(cert("other-host.key"));
        ParleyException e = assertThrows(ParleyException.class, () -> TlsConfig.server()
                .certificate(Fixtures.chain("server-chain.pem"), other.privateKey()).build());
        assertTrue(e.getMessage().contains("(SSL_cert, SSL_key)"), e.getMessage());
    }

    @Test
    void alpnNamesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> TlsConfig.client().alpn(""));
        assertThrows(IllegalArgumentException.class, () -> TlsConfig.client().alpn("x".repeat(256)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TlsConfig.client().alpn("h2", "h2"));
        assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
    }

    @Test
    void unknownSchemesAndFingerprintsListWhatIsValid() {
        IllegalArgumentException scheme = assertThrows(IllegalArgumentException.class,
                () -> TlsConfig.client().verifyScheme("https"));
        assertTrue(scheme.getMessage().contains("valid names are"), scheme.getMessage());
        IllegalArgumentException fingerprint = assertThrows(IllegalArgumentException.class,
                () -> TlsConfig.client().fingerprint("md5$00"));
        assertTrue(fingerprint.getMessage().startsWith("SSL_fingerprint: "), fingerprint.getMessage());
    }

    @Test
    void configsAreReusableAndDerivable() throws IOException {
        TlsConfig base = TlsConfig.client().alpn("h2").build();
        TlsConfig derived = base.toBuilder().hostname("").build();
        assertEquals(List.of("h2"), derived.alpn());
        assertEquals("", derived.hostname().orElseThrow());
        assertTrue(base.hostname().isEmpty(), "a built config never changes");
    }
}
