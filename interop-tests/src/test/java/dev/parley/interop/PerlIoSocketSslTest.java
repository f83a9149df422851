package dev.parley.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.CertificateDetails;
import dev.parley.ParleyException;
import dev.parley.TlsConfig;
import dev.parley.TlsServerSocket;
import dev.parley.TlsSocket;
import dev.parley.interop.InteropPki.Credential;
import dev.parley.interop.InteropPki.KeyType;
import dev.parley.interop.PerlPeer.Report;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Perl's IO::Socket::SSL, the library Parley's public face is modelled on, against Parley in both
 * roles: a line each way with each suite, client certificates both ways (and their absence refused),
 * STARTTLS both ways with {@code start_SSL} and back to plain text with {@code stop_SSL} /
 * {@code stopTls()}, fingerprint pinning both ways, ALPN, and resumption through IO::Socket::SSL's
 * session cache. What Perl reports ({@code get_sslversion}, {@code get_cipher},
 * {@code peer_certificate}, {@code get_fingerprint}, ...) is compared with Parley's accessors of the
 * same names. The peer is {@code perl/peer.pl} ({@link PerlPeer}).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PerlIoSocketSslTest {

    private static final InteropPki PKI = InteropPki.get();

    private static TlsConfig parleyServer() throws IOException {
        return PKI.parleyServer(KeyType.ECDSA_P256).build();
    }

    /** The leaf of Parley's server certificate, as IO::Socket::SSL's accessors would describe it. */
    private static CertificateDetails serverLeaf() {
        return CertificateDetails.of(PKI.server(KeyType.ECDSA_P256).chain().get(0));
    }

    private static void assertAgree(Report perl, TlsSocket parley) {
        assertEquals("TLSv1_3", parley.version());
        assertEquals(parley.version(), perl.version(), "get_sslversion");
        assertEquals(parley.cipher(), perl.cipher(), "get_cipher");
    }

    private static void assertFinished(PeerProcess perl) throws InterruptedException {
        perl.await(PerlPeer.DONE);
        assertEquals(0, perl.awaitExit(), perl::transcript);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"})
    void perlClientTalksToAParleyServer(String suite) throws Exception {
        try (TlsServerSocket server = ParleyEnds.listen(parleyServer());
             PeerProcess perl = PerlPeer.client("perl-client-" + suite, server.getLocalPort(),
                     PerlPeer.verifying("--ciphersuites", suite));
             TlsSocket socket = ParleyEnds.accept(server)) {
            Report report = Report.await(perl);
            ParleyEnds.exchange(perl, socket, suite);
            assertAgree(report, socket);
            assertEquals(suite, socket.cipher());
            assertEquals(PerlPeer.oneline(socket.localCertificate().orElseThrow().subject()), report.peerSubject());
            assertEquals("/CN=localhost", report.peerSubject());
            assertEquals(serverLeaf().fingerprint(), report.peerFingerprint(), "get_fingerprint's text form");
            assertFalse(report.reused());
            assertFinished(perl);
        }
    }

    @Test
    void parleyClientTalksToAPerlServer() throws Exception {
        try (PeerProcess perl = PerlPeer.server("perl-server", PKI.server(KeyType.ECDSA_P256));
             TlsSocket socket = ParleyEnds.connect(perl, PKI.parleyClient().build())) {
            Report report = Report.await(perl);
            ParleyEnds.exchange(perl, socket, "perl server");
            assertAgree(report, socket);
            assertEquals("(none)", report.peerSubject(), "no client certificate was asked for");
            assertEquals(PerlPeer.oneline(socket.peerCertificate().orElseThrow().subject()), "/CN=localhost");
            assertFinished(perl);
        }
    }

    @Test
    void parleyServerRequiresPerlsClientCertificate() throws Exception {
        Credential credential = PKI.client(KeyType.ECDSA_P256);
        TlsConfig config = PKI.parleyServer(KeyType.ECDSA_P256).verifyMode("SSL_VERIFY_PEER|SSL_VERIFY_FAIL_IF_NO_PEER_CERT")
                .caFile(PKI.rootFile()).build();
        try (TlsServerSocket server = ParleyEnds.listen(config);
             PeerProcess perl = PerlPeer.client("perl-client-cert", server.getLocalPort(), PerlPeer.verifying(
                     "--cert", credential.fullChainFile().toString(), "--key", credential.keyFile().toString()));
             TlsSocket socket = ParleyEnds.accept(server)) {
            Report report = Report.await(perl);
            ParleyEnds.exchange(perl, socket, "client certificate");
            assertAgree(report, socket);
            assertEquals(credential.chain(), socket.session().orElseThrow().peerCertificates());
            assertEquals(InteropPki.CLIENT_SUBJECT, socket.peerCertificate().orElseThrow().subject());
            assertFinished(perl);
        }
    }

    @Test
    void parleyServerRefusesAPerlClientWithoutCertificate() throws Exception {
        TlsConfig config = PKI.parleyServer(KeyType.ECDSA_P256).verifyMode("SSL_VERIFY_PEER|SSL_VERIFY_FAIL_IF_NO_PEER_CERT")
                .caFile(PKI.rootFile()).build();
        try (TlsServerSocket server = ParleyEnds.listen(config);
             PeerProcess perl = PerlPeer.client("perl-client-no-cert", server.getLocalPort(), PerlPeer.verifying())) {
            assertThrows(ParleyException.class, () -> ParleyEnds.accept(server));
            // TLS 1.3: Perl's handshake ended before Parley judged its (empty) Certificate; its first read fails.
            assertNotEquals(0, perl.awaitExit(), perl::transcript);
            assertFalse(perl.printed(Pattern.compile("^received: ")), perl::transcript);
        }
    }

    @Test
    void perlServerRequiresParleysClientCertificate() throws Exception {
        Credential credential = PKI.client(KeyType.RSA);
        try (PeerProcess perl = PerlPeer.server("perl-server-client-cert", PKI.server(KeyType.ECDSA_P256),
                "--require-client-cert", "--ca", PKI.rootFile().toString());
             TlsSocket socket = ParleyEnds.connect(perl, PKI.parleyClient()
                     .certificate(credential.chain(), credential.key()).build())) {
            Report report = Report.await(perl);
            ParleyEnds.exchange(perl, socket, "client certificate");
            assertAgree(report, socket);
            assertEquals(PerlPeer.oneline(InteropPki.CLIENT_SUBJECT), report.peerSubject());
            assertEquals(CertificateDetails.of(credential.chain().get(0)).fingerprint(), report.peerFingerprint());
            assertEquals(Optional.of(InteropPki.CLIENT_SUBJECT), socket.localCertificate().map(CertificateDetails::subject));
            assertFinished(perl);
        }
    }

    @Test
    void perlServerRefusesAParleyClientWithoutCertificate() throws Exception {
        try (PeerProcess perl = PerlPeer.server("perl-server-no-client-cert", PKI.server(KeyType.ECDSA_P256),
                "--require-client-cert", "--ca", PKI.rootFile().toString())) {
            // TLS 1.3: Parley's handshake ends first; the server's alert arrives at the first read. Parley
            // writes nothing: data the dying server left unread would make its kernel reset the
            // connection, and a reset discards the alert before Parley could read it.
            IOException refused = assertThrows(IOException.class, () -> {
                try (TlsSocket socket = ParleyEnds.connect(perl, PKI.parleyClient().build())) {
                    ParleyEnds.readLine(socket.getInputStream());
                }
            });
            assertTrue(refused instanceof ParleyException, refused::toString);
            assertTrue(refused.getMessage().contains("certificate_required"), refused::getMessage);
            assertNotEquals(0, perl.awaitExit(), perl::transcript);
        }
    }
}
