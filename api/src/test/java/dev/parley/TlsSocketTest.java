package dev.parley;

import static dev.parley.Fixtures.inBackground;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link TlsSocket} and {@link TlsServerSocket} over loopback around the stand-in handshake: the
 * records, encryption, streams and locking are real, only the handshake messages are not.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TlsSocketTest {

    private static byte[] randomBytes(int length, long seed) {
        byte[] data = new byte[length];
        new Random(seed).nextBytes(data);
        return data;
    }

    @Test
    void dataFlowsBothWaysAndTheSessionIsReported() throws Exception {
        StandInHandshakes handshakes = StandInHandshakes.withPeer(Fixtures.chain("server-chain.pem"), Optional.of("h2"));
        try (TlsServerSocket server = Fixtures.listen(Fixtures.server(handshakes))) {
            Future<String> served = inBackground(() -> {
                try (TlsSocket client = server.accept()) {
                    String line = Fixtures.readLine(client.getInputStream());
                    Fixtures.writeLine(client.getOutputStream(), line.toUpperCase(java.util.Locale.ROOT));
                    return line;
                }
            });
            try (TlsSocket socket = TlsSocket.connect("localhost", server.getLocalPort(), Fixtures.client(handshakes))) {
                Fixtures.writeLine(socket.getOutputStream(), "hello over tls");
                assertEquals("HELLO OVER TLS", Fixtures.readLine(socket.getInputStream()));
                assertEquals("TLS_AES_128_GCM_SHA256", socket.cipher());
                assertEquals("TLSv1_3", socket.version());
                assertEquals(0x0304, socket.versionNumber());
                assertFalse(socket.isSessionReused());
                assertEquals(Optional.of("localhost"), socket.serverName(), "the SNI name the client sent");
                assertEquals(Optional.of("h2"), socket.alpnSelected());
                assertEquals(2, socket.peerCertificates().size());
                assertEquals(-1, socket.getInputStream().read(), "the server closed with close_notify");
            }
            assertEquals("hello over tls", served.get());
        }
    }

    @Test
    void theSocketFacesAreThoseOfThePlainSocket() throws Exception {
        try (TlsServerSocket server = Fixtures.listen(Fixtures.server(StandInHandshakes.plain()))) {
            Future<TlsSocket> accepted = inBackground(server::accept);
            try (TlsSocket socket = TlsSocket.connect("127.0.0.1", server.getLocalPort(),
                    Fixtures.client(StandInHandshakes.plain()))) {
                assertEquals(server.getLocalPort(), socket.getPort());
                assertTrue(socket.isConnected() && socket.isBound());
                assertNull(socket.getChannel(), "a channel would bypass TLS");
                socket.setTcpNoDelay(true);
                assertTrue(socket.getTcpNoDelay());
                assertEquals(Optional.empty(), socket.serverName(), "no SNI for an IP address");
                assertThrows(IOException.class, () -> socket.sendUrgentData(1));
                assertThrows(IOException.class, () -> socket.connect(server.getLocalSocketAddress()));
                accepted.get().close();
            }
        }
    }

    @Test
    void megabytesCrossInBothDirectionsAtOnce() throws Exception {
        byte[] upload = randomBytes(3 << 20, 1);
        byte[] download = randomBytes(2 << 20, 2);
        try (TlsServerSocket server = Fixtures.listen(Fixtures.server(StandInHandshakes.plain()))) {
            Future<byte[]> served = inBackground(() -> {
                try (TlsSocket client = server.accept()) {
                    Future<?> sending = inBackground(() -> {
                        client.getOutputStream().write(download);
                        return null;
                    });
                    byte[] received = client.getInputStream().readNBytes(upload.length);
                    sending.get();
                    return received;
                }
            });
            try (TlsSocket socket = TlsSocket.connect("127.0.0.1", server.getLocalPort(),
                    Fixtures.client(StandInHandshakes.plain()))) {
                // One thread writes while another reads: neither may wait for the other.
                Future<?> writing = inBackground(() -> {
                    OutputStream out = socket.getOutputStream();
                    for (int offset = 0; offset < upload.length; offset += 100_000) {
                        out.write(upload, offset, Math.min(100_000, upload.length - offset));
                    }
                    return null;
                });
                byte[] received = socket.getInputStream().readNBytes(download.length);
                writing.get();
                assertArrayEquals(download, received);
                assertArrayEquals(upload, served.get());
            }
        }
    }

    @Test
    void aReaderWaitingForDataDoesNotHoldUpAWriter() throws Exception {
        try (TlsServerSocket server = Fixtures.listen(Fixtures.server(StandInHandshakes.plain()))) {
            Future<?> served = inBackground(() -> {
                try (TlsSocket client = server.accept()) {
                    // Answer only after the client's write arrived, which the client's blocked reader must allow.
                    byte[] request = client.getInputStream().readNBytes(50_000);
                    client.getOutputStream().write(("got " + request.length).getBytes(StandardCharsets.US_ASCII));
                }
                return null;
            });
            try (TlsSocket socket = TlsSocket.connect("127.0.0.1", server.getLocalPort(),
                    Fixtures.client(StandInHandshakes.plain()))) {
                socket.startHandshake();
                Future<byte[]> reading = inBackground(() -> socket.getInputStream().readAllBytes());
                socket.getOutputStream().write(new byte[50_000]);
                assertEquals("got 50000", new String(reading.get(), StandardCharsets.US_ASCII));
                served.get();
            }
        }
    }

    @Test
    void peerCertificateFieldsAndFingerprints() throws Exception {
        StandInHandshakes handshakes = StandInHandshakes.withPeer(Fixtures.chain("server-chain.pem"), Optional.empty());
        try (TlsServerSocket server = Fixtures.listen(Fixtures.server(handshakes))) {
            Future<TlsSocket> accepted = inBackground(server::accept);
            try (TlsSocket socket = TlsSocket.connect("localhost", server.getLocalPort(), Fixtures.client(handshakes))) {
                CertificateDetails peer = socket.peerCertificate().orElseThrow();
                assertEquals("CN=localhost", peer.subject());
                assertEquals("CN=Parley Test Intermediate", peer.issuer());
                assertEquals(Optional.of("localhost"), peer.commonName());
                assertEquals(List.of(new AltName(AltName.Type.DNS, "localhost"),
                        new AltName(AltName.Type.IP_ADDRESS, "127.0.0.1")), peer.subjectAltNames());
                assertEquals(2, AltName.Type.DNS.gen());
                assertEquals(7, AltName.Type.IP_ADDRESS.gen());
                // Expected values from: openssl x509 -in server.pem -noout -fingerprint -sha256 (and -sha1).
                assertEquals(ExpectedFingerprints.SERVER_SHA256, socket.fingerprint());
                assertEquals(ExpectedFingerprints.SERVER_SHA1, socket.fingerprint("sha1", false));
                assertEquals(ExpectedFingerprints.SERVER_PUBLIC_KEY_SHA256, socket.fingerprint("sha256", true));
                assertEquals(32, socket.fingerprintBinary("sha256", false).length);
                assertTrue(socket.dumpPeerCertificate().startsWith("Subject Name: CN=localhost\nIssuer  Name: "
                        + "CN=Parley Test Intermediate\n"), socket.dumpPeerCertificate());
                assertTrue(socket.dumpPeerCertificate().contains("Alt Names:    DNS:localhost, IP Address:127.0.0.1"));
                assertTrue(socket.verifyHostname("localhost", "http"));
                assertTrue(socket.verifyHostname("127.0.0.1", "http"));
                assertFalse(socket.verifyHostname("other.example", "http"));
                assertEquals("CN=Parley Test Intermediate", socket.peerCertificates().get(1).subject());
                accepted.get().close();
            }
        }
    }

    @Test
    void accessorsBeforeTheHandshakeSaySo() throws Exception {
        try (TlsServerSocket server = Fixtures.listen(Fixtures.server(StandInHandshakes.plain()))) {
            Future<TlsSocket> accepted = inBackground(server::accept);
            try (TlsSocket socket = TlsSocket.connect("127.0.0.1", server.getLocalPort(),
                    Fixtures.client(StandInHandshakes.plain(), b -> b.startHandshake(false)))) {
                assertEquals(Optional.empty(), socket.session());
                IllegalStateException e = assertThrows(IllegalStateException.class, socket::cipher);
                assertTrue(e.getMessage().contains("call startHandshake()"), e.getMessage());
                socket.startHandshake();
                assertEquals("TLSv1_3", socket.version());
                accepted.get().close();
            }
        }
    }

    @Test
    void keyUpdatesAndExportersWork() throws Exception {
        try (TlsServerSocket server = Fixtures.listen(Fixtures.server(StandInHandshakes.plain()))) {
            Future<byte[]> served = inBackground(() -> {
                try (TlsSocket client = server.accept()) {
                    InputStream in = client.getInputStream();
                    ByteArrayOutputStream received = new ByteArrayOutputStream();
                    in.transferTo(received);
                    return client.exportKeyingMaterial("EXPORTER-test", new byte[0], 16);
                }
            });
            try (TlsSocket socket = TlsSocket.connect("127.0.0.1", server.getLocalPort(),
                    Fixtures.client(StandInHandshakes.plain()))) {
                socket.getOutputStream().write(new byte[1000]);
                socket.updateKeys(true);
                socket.getOutputStream().write(new byte[1000]);
                byte[] exported = socket.exportKeyingMaterial("EXPORTER-test", new byte[0], 16);
                socket.close();
                assertArrayEquals(exported, served.get(), "both ends export the same keying material");
            }
        }
    }
}
