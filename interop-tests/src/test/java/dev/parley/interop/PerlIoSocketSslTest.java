package dev.parley.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.CertificateDetails;
import dev.parley.CertificateRejectedException;
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
            assertEquals("/CN=localhost", PerlPeer.oneline(socket.peerCertificate().orElseThrow().subject()));
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

    /** Like {@link ParleyEnds#exchange}, in plain text: a line from Parley printed by Perl, and one back. */
    private static void plainExchange(PeerProcess perl, Socket socket, String text) throws IOException {
        String fromParley = "from parley: " + text;
        ParleyEnds.writeLine(socket.getOutputStream(), fromParley);
        perl.await(Pattern.compile("^received: " + Pattern.quote(fromParley) + "$"));
        String fromPerl = "from the peer: " + text;
        perl.send(fromPerl + "\n");
        assertEquals(fromPerl, ParleyEnds.readLine(socket.getInputStream()));
    }

    @Test
    void perlStartsTlsWithAParleyServerAndStopsIt() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             PeerProcess perl = PerlPeer.client("perl-client-starttls", listener.getLocalPort(),
                     PerlPeer.verifying("--starttls", "--stop"))) {
            listener.setSoTimeout((int) PeerProcess.PATIENCE.toMillis());
            try (Socket plain = listener.accept()) {
                plain.setSoTimeout((int) PeerProcess.PATIENCE.toMillis());
                plainExchange(perl, plain, "before STARTTLS");
                TlsSocket tls = TlsSocket.startTls(plain, parleyServer());
                Report report = Report.await(perl);
                ParleyEnds.exchange(perl, tls, "in TLS");
                assertAgree(report, tls);
                assertEquals(serverLeaf().fingerprint(), report.peerFingerprint());
                Socket plainAgain = tls.stopTls();
                perl.await(PerlPeer.STOPPED);
                plainExchange(perl, plainAgain, "after stop_SSL");
                assertFinished(perl);
            }
        }
    }

    @Test
    void parleyStartsTlsWithAPerlServerAndStopsIt() throws Exception {
        try (PeerProcess perl = PerlPeer.server("perl-server-starttls", PKI.server(KeyType.ECDSA_P256),
                "--starttls", "--stop");
             Socket plain = new Socket(InetAddress.getLoopbackAddress(), perl.port())) {
            plain.setSoTimeout((int) PeerProcess.PATIENCE.toMillis());
            plainExchange(perl, plain, "before STARTTLS");
            TlsSocket tls = TlsSocket.startTls(plain, PKI.parleyClient().build(), InteropPki.SERVER_NAME);
            Report report = Report.await(perl);
            ParleyEnds.exchange(perl, tls, "in TLS");
            assertAgree(report, tls);
            Socket plainAgain = tls.stopTls();
            perl.await(PerlPeer.STOPPED);
            plainExchange(perl, plainAgain, "after stopTls");
            assertFinished(perl);
        }
    }

    @Test
    void perlPinsParleysCertificateByTheFingerprintParleyComputes() throws Exception {
        // No --ca: the per-run root is in no store Perl knows, so only the pin can accept the server.
        try (TlsServerSocket server = ParleyEnds.listen(parleyServer());
             PeerProcess perl = PerlPeer.client("perl-client-fingerprint", server.getLocalPort(),
                     "--hostname", InteropPki.SERVER_NAME, "--fingerprint", serverLeaf().fingerprint());
             TlsSocket socket = ParleyEnds.accept(server)) {
            Report report = Report.await(perl);
            ParleyEnds.exchange(perl, socket, "pinned");
            assertEquals(serverLeaf().fingerprint(), report.peerFingerprint());
            assertFinished(perl);
        }
    }

    @Test
    void perlRefusesParleyWhenThePinIsAnotherCertificates() throws Exception {
        String otherPin = CertificateDetails.of(PKI.other().chain().get(0)).fingerprint();
        try (TlsServerSocket server = ParleyEnds.listen(parleyServer());
             PeerProcess perl = PerlPeer.client("perl-client-wrong-fingerprint", server.getLocalPort(),
                     "--hostname", InteropPki.SERVER_NAME, "--fingerprint", otherPin)) {
            assertThrows(ParleyException.class, () -> ParleyEnds.accept(server));
            assertNotEquals(0, perl.awaitExit(), perl::transcript);
            assertTrue(perl.printed(Pattern.compile("connect failed")), perl::transcript);
        }
    }

    @Test
    void parleyPinsPerlsCertificateByTheFingerprintPerlComputes() throws Exception {
        try (PeerProcess perl = PerlPeer.server("perl-server-fingerprint", PKI.server(KeyType.RSA))) {
            String perlsPin = perl.find(PerlPeer.OWN_FINGERPRINT).group(1);
            assertEquals(CertificateDetails.of(PKI.server(KeyType.RSA).chain().get(0)).fingerprint(), perlsPin,
                    "IO::Socket::SSL and Parley write a certificate's fingerprint alike");
            // No CA at all: the pin is the only way this certificate can be accepted.
            TlsConfig pinned = TlsConfig.client().ca(List.of()).hostname(InteropPki.SERVER_NAME).fingerprint(perlsPin)
                    .build();
            try (TlsSocket socket = ParleyEnds.connect(perl, pinned)) {
                Report report = Report.await(perl);
                ParleyEnds.exchange(perl, socket, "pinned");
                assertAgree(report, socket);
                assertEquals(perlsPin, socket.fingerprint("sha256", false));
            }
            assertFinished(perl);
        }
    }

    @Test
    void parleyRefusesPerlWhenThePinIsAnotherCertificates() throws Exception {
        String otherPin = CertificateDetails.of(PKI.other().chain().get(0)).fingerprint();
        try (PeerProcess perl = PerlPeer.server("perl-server-wrong-fingerprint", PKI.server(KeyType.RSA))) {
            TlsConfig pinned = TlsConfig.client().ca(List.of()).hostname(InteropPki.SERVER_NAME).fingerprint(otherPin)
                    .build();
            assertThrows(CertificateRejectedException.class, () -> ParleyEnds.connect(perl, pinned).close());
            assertNotEquals(0, perl.awaitExit(), perl::transcript);
        }
    }

    @Test
    void agreesOnAlpn() throws Exception {
        TlsConfig config = PKI.parleyServer(KeyType.ECDSA_P256).alpn("http/1.1", "h2").build();
        try (TlsServerSocket server = ParleyEnds.listen(config);
             PeerProcess perl = PerlPeer.client("perl-client-alpn", server.getLocalPort(),
                     PerlPeer.verifying("--alpn", "h2,http/1.1"));
             TlsSocket socket = ParleyEnds.accept(server)) {
            Report report = Report.await(perl);
            ParleyEnds.exchange(perl, socket, "alpn");
            assertEquals(Optional.of("http/1.1"), socket.alpnSelected(), "the server's preference wins");
            assertEquals("http/1.1", report.alpn(), "alpn_selected");
            assertFinished(perl);
        }
    }

    @Test
    void perlResumesThroughItsSessionCache() throws Exception {
        try (TlsServerSocket server = ParleyEnds.listen(parleyServer());
             PeerProcess perl = PerlPeer.client("perl-client-resume", server.getLocalPort(),
                     PerlPeer.verifying("--connections", "2"))) {
            // The exchange has Perl read past Parley's NewSessionTicket, which its cache then keeps.
            try (TlsSocket first = ParleyEnds.accept(server)) {
                Report report = Report.await(perl);
                ParleyEnds.exchange(perl, first, "first");
                assertFalse(report.reused());
                assertFalse(first.isSessionReused());
            }
            try (TlsSocket second = ParleyEnds.accept(server)) {
                Report report = Report.await(perl);
                ParleyEnds.exchange(perl, second, "second");
                assertTrue(report.reused(), "get_session_reused");
                assertTrue(second.isSessionReused());
                assertAgree(report, second);
            }
            assertFinished(perl);
        }
    }
}
