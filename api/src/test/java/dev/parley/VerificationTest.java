package dev.parley;

import static dev.parley.Fixtures.cert;
import static dev.parley.Fixtures.inBackground;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.record.AlertDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A Parley client verifying JSSE servers: trust anchors ({@code SSL_ca_file}), host names under a
 * scheme, pins, the verify callback, and the messages of each refusal.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class VerificationTest {

    /** Connects to a JSSE server holding {@code keyStore} as {@code host}; the server's own failure is swallowed. */
    private static TlsSocket connect(String keyStore, String host, UnaryOperator<TlsConfigBuilder> options)
            throws Exception {
        try (SSLServerSocket server = JssePeers.server(keyStore)) {
            Future<?> served = inBackground(() -> {
                try (SSLSocket client = (SSLSocket) server.accept()) {
                    client.startHandshake();
                    client.getOutputStream().write('!');
                    client.getInputStream().read();
                } catch (java.io.IOException refusedByParley) {
                    // The client's alert ends the server's handshake.
                }
                return null;
            });
            TlsConfig config = options.apply(TlsConfig.client()).build();
            try {
                TlsSocket socket = TlsSocket.connect(host, server.getLocalPort(), config);
                assertEquals('!', socket.getInputStream().read());
                socket.close();
                return socket;
            } finally {
                server.close();
                served.get();
            }
        }
    }

    @Test
    void aChainToATrustedRootForTheRightNameIsAccepted() throws Exception {
        TlsSocket socket = connect("server.p12", "localhost", b -> b.caFile(cert("root.pem")));
        assertEquals("CN=localhost", socket.peerCertificate().orElseThrow().subject());
        connect("server.p12", "127.0.0.1", b -> b.caFile(cert("root.pem")));
    }

    @Test
    void anUntrustedChainIsRefusedWithAnExplanation() {
        CertificateRejectedException e = assertThrows(CertificateRejectedException.class,
                () -> connect("server.p12", "localhost", b -> b.caFile(cert("other-root.pem"))));
        assertEquals(ErrorCode.CERTIFICATE_VERIFY_FAILED, e.code());
        assertEquals(AlertDescription.UNKNOWN_CA, e.alertSent().orElseThrow());
        assertTrue(e.getMessage().startsWith("certificate verify failed: "), e.getMessage());
        assertTrue(e.getMessage().startsWith("certificate verify failed: CN=Parley Test Intermediate: no trusted "
                + "issuer for it (issuer CN=Parley Test Root)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("otherwise add the issuing CA to the trust store (SSL_ca_file, "
                + "SSL_ca_path)"), e.getMessage());
    }

    @Test
    void aMissingIntermediateIsNamedAsTheLikelyCause() {
        CertificateRejectedException e = assertThrows(CertificateRejectedException.class,
                () -> connect("server-leaf-only.p12", "localhost", b -> b.caFile(cert("root.pem"))));
        assertTrue(e.getMessage().contains("the peer may not have sent its intermediate certificate"), e.getMessage());
        assertTrue(e.getMessage().contains("its certificate file must hold them (leaf first, then the "
                + "intermediates)"), e.getMessage());
    }

    @Test
    void theWrongNameIsRefusedSayingWhichNamesTheCertificateHas() throws Exception {
        CertificateRejectedException e = assertThrows(CertificateRejectedException.class, () -> connect(
                "other-host.p12", "localhost", b -> b.caFile(cert("root.pem"))));
        assertEquals(ErrorCode.HOSTNAME_MISMATCH, e.code());
        assertTrue(e.getMessage().contains("does not match the name localhost"), e.getMessage());
        assertTrue(e.getMessage().contains("DNS:other.example"), e.getMessage());
        assertTrue(e.getMessage().contains("set the name to check (SSL_verifycn_name)"), e.getMessage());
        connect("other-host.p12", "localhost", b -> b.caFile(cert("root.pem")).verifyName("other.example"));
        connect("other-host.p12", "localhost", b -> b.caFile(cert("root.pem")).verifyScheme("none"));
    }

    @Test
    void aSelfSignedServerIsAcceptedByItsFingerprintOnly() throws Exception {
        CertificateRejectedException e = assertThrows(CertificateRejectedException.class,
                () -> connect("self-signed.p12", "localhost", b -> b.caFile(cert("root.pem"))));
        assertTrue(e.getMessage().contains("it is a self-signed certificate, not issued by a CA: trust it by its "
                + "fingerprint (SSL_fingerprint " + ExpectedFingerprints.SELF_SIGNED_SHA256 + ")"), e.getMessage());
        connect("self-signed.p12", "localhost", b -> b.caFile(cert("root.pem"))
                .fingerprint(ExpectedFingerprints.SELF_SIGNED_SHA256));
        connect("self-signed.p12", "localhost", b -> b.ca(List.of())
                .fingerprint(ExpectedFingerprints.SELF_SIGNED_PUBLIC_KEY_SHA256));
    }

    @Test
    void aPinnedCertificateIsAcceptedWhateverItsNames() throws Exception {
        // The manual: "If a fingerprint matches the topmost (i.e. leaf) certificate no additional
        // validations can make the verification fail."
        connect("self-signed.p12", "localhost", b -> b.fingerprint(ExpectedFingerprints.SELF_SIGNED_SHA256)
                .verifyName("other.example"));
    }

    @Test
    void forcedFingerprintsRefuseEvenAValidChain() {
        CertificateRejectedException e = assertThrows(CertificateRejectedException.class, () -> connect("server.p12",
                "localhost", b -> b.caFile(cert("root.pem")).fingerprint(ExpectedFingerprints.SELF_SIGNED_SHA256)
                        .forceFingerprint(true)));
        assertTrue(e.getMessage().contains("matches none of the pinned fingerprints"), e.getMessage());
    }

    @Test
    void theVerifyCallbackSeesEachCertificateAndDecides() throws Exception {
        List<String> calls = new ArrayList<>();
        connect("server.p12", "localhost", b -> b.caFile(cert("root.pem")).verifyCallback((ok, depth, cert, error) -> {
            calls.add(depth + " " + ok + " " + cert.subject());
            return ok;
        }));
        assertEquals(List.of("1 true CN=Parley Test Intermediate", "0 true CN=localhost"), calls);

        connect("self-signed.p12", "localhost", b -> b.ca(List.of()).verifyCallback((ok, depth, cert, error) -> true));

        CertificateRejectedException e = assertThrows(CertificateRejectedException.class, () -> connect(
                "server.p12", "localhost", b -> b.caFile(cert("root.pem"))
                        .verifyCallback((ok, depth, cert, error) -> depth != 0)));
        assertTrue(e.getMessage().contains("the SSL_verify_callback refused CN=localhost at depth 0"), e.getMessage());
    }

    @Test
    void aRevokedCertificateIsRefusedWhenCrlsAreChecked() throws Exception {
        connect("server.p12", "localhost", b -> b.caFile(cert("root.pem")).checkCrl(true)
                .crlFile(cert("intermediate-empty.crl")));
        CertificateRejectedException e = assertThrows(CertificateRejectedException.class, () -> connect("server.p12",
                "localhost", b -> b.caFile(cert("root.pem")).checkCrl(true)
                        .crlFile(cert("intermediate-revokes-server.crl"))));
        assertEquals(AlertDescription.CERTIFICATE_REVOKED, e.alertSent().orElseThrow());
        assertTrue(e.getMessage().contains("its issuer revoked it: it must not be trusted"), e.getMessage());
        connect("server.p12", "localhost", b -> b.caFile(cert("root.pem"))
                .crlFile(cert("intermediate-revokes-server.crl")));
    }

    @Test
    void checkingCrlsWithoutAnyIsAConfigurationError() {
        ParleyException e = assertThrows(ParleyException.class,
                () -> TlsConfig.client().caFile(cert("root.pem")).checkCrl(true).build());
        assertTrue(e.getMessage().contains("give them with crlFile(...)"), e.getMessage());
    }

    @Test
    void withoutVerificationAnyServerIsAccepted() throws Exception {
        TlsSocket socket = connect("self-signed.p12", "localhost", b -> b.insecureDisableVerification()
                .verifyName("wrong.example"));
        assertInstanceOf(TlsSocket.class, socket);
    }
}
