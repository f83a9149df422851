package dev.parley;

import static dev.parley.Fixtures.inBackground;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.record.AlertDescription;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Failures reach the caller as exceptions whose messages say what happened and what to do. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ErrorMessagesTest {

    /** A plain server that answers the first connection with {@code reply} and closes. */
    private static ParleyException connectTo(byte[] reply) throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Future<?> server = inBackground(() -> {
                try (Socket plain = listener.accept()) {
                    plain.getOutputStream().write(reply);
                    plain.getOutputStream().flush();
                    plain.shutdownOutput();
                    plain.getInputStream().readAllBytes();
                }
                return null;
            });
            ParleyException e = assertThrows(ParleyException.class, () -> TlsSocket.connect("127.0.0.1",
                    listener.getLocalPort(), Fixtures.client(StandInHandshakes.plain())));
            server.get();
            return e;
        }
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    @Test
    void aPlainTextServerIsRecognised() throws Exception {
        ParleyException e = connectTo("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertInstanceOf(HandshakeFailedException.class, e);
        assertEquals(ErrorCode.PROTOCOL_ERROR, e.code());
        assertTrue(e.getMessage().startsWith("the server 127.0.0.1:"), e.getMessage());
        assertTrue(e.getMessage().contains("does not speak TLS: what arrived is not a TLS record"), e.getMessage());
        assertTrue(e.getMessage().contains("is this a plain-text port"), e.getMessage());
    }

    @Test
    void aServerThatHangsUpSaysSo() throws Exception {
        ParleyException e = connectTo(new byte[0]);
        assertEquals(ErrorCode.PROTOCOL_ERROR, e.code());
        assertTrue(e.getMessage().contains("closed the connection during the handshake without an alert"),
                e.getMessage());
        assertTrue(e.getMessage().contains("openssl s_client"), e.getMessage());
    }

    @Test
    void anAlertFromTheServerIsExplained() throws Exception {
        // A plaintext fatal unknown_ca alert record (RFC 8446 §5.1, §6): the server refuses our certificate.
        ParleyException e = connectTo(hex("15030300020230"));
        assertInstanceOf(CertificateRejectedException.class, e);
        assertEquals(ErrorCode.CLIENT_CERTIFICATE_REJECTED, e.code());
        assertEquals(AlertDescription.UNKNOWN_CA, e.alertReceived().orElseThrow().description());
        assertTrue(e.getMessage().contains("ended the connection with the alert unknown_ca"), e.getMessage());
        assertTrue(e.getMessage().contains("no trusted issuer was found for our certificate"), e.getMessage());
    }

    @Test
    void aServerThatWantsAClientCertificateSaysHowToGiveOne() throws Exception {
        ParleyException e = connectTo(hex("15030300020274"));
        assertEquals(AlertDescription.CERTIFICATE_REQUIRED, e.alertReceived().orElseThrow().description());
        assertTrue(e.getMessage().contains("configure one with certificate(certFile, keyFile)"), e.getMessage());
    }

    @Test
    void nothingInCommonIsReportedOnBothSides() throws Exception {
        try (TlsServerSocket server = Fixtures.listen(Fixtures.server(StandInHandshakes.refusing()))) {
            Future<TlsSocket> accepted = inBackground(server::accept);
            ParleyException client = assertThrows(ParleyException.class, () -> TlsSocket.connect("127.0.0.1",
                    server.getLocalPort(), Fixtures.client(StandInHandshakes.plain())));
            assertInstanceOf(HandshakeFailedException.class, client);
            assertEquals(ErrorCode.NO_COMMON_PARAMETERS, client.code());
            assertEquals(AlertDescription.HANDSHAKE_FAILURE, client.alertReceived().orElseThrow().description());
            assertTrue(client.getMessage().contains("compare the versions (SSL_version), cipher suites"),
                    client.getMessage());

            ExecutionException failed = assertThrows(ExecutionException.class, accepted::get);
            ParleyException server1 = assertInstanceOf(HandshakeFailedException.class, failed.getCause());
            assertEquals(AlertDescription.HANDSHAKE_FAILURE, server1.alertSent().orElseThrow());
            assertTrue(server1.getMessage().startsWith("no common ground with the client /127.0.0.1:"),
                    server1.getMessage());
        }
    }

    @Test
    void theErrorTrapGetsThePlainSocketOfAFailedHandshake() throws Exception {
        TlsConfig config = Fixtures.server(StandInHandshakes.plain(), b -> b.errorTrap((plain, error) -> {
            try (OutputStream out = plain.getOutputStream()) {
                out.write(("HTTP/1.0 400 Bad Request\r\n\r\nthis port speaks TLS: " + error.code() + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        try (TlsServerSocket server = Fixtures.listen(config);
             Socket browser = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            browser.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            ParleyException e = assertThrows(ParleyException.class, server::accept);
            assertTrue(e.getMessage().contains("does not speak TLS"), e.getMessage());
            String answer = new String(browser.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertTrue(answer.endsWith("this port speaks TLS: PROTOCOL_ERROR\r\n"), answer);
        }
    }

    @Test
    void aFailedStartTlsKeepsTheCallersSocketUnlessToldOtherwise() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 2, InetAddress.getLoopbackAddress())) {
            Future<?> server = inBackground(() -> {
                for (int i = 0; i < 2; i++) {
                    try (Socket plain = listener.accept()) {
                        plain.getOutputStream().write("500 no\r\n".getBytes(StandardCharsets.US_ASCII));
                        plain.getInputStream().read();
                    }
                }
                return null;
            });
            try (Socket kept = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                assertThrows(ParleyException.class,
                        () -> TlsSocket.startTls(kept, Fixtures.client(StandInHandshakes.plain()), "localhost"));
                assertTrue(!kept.isClosed());
            }
            try (Socket closed = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                assertThrows(ParleyException.class, () -> TlsSocket.startTls(closed,
                        Fixtures.client(StandInHandshakes.plain(), b -> b.keepSocketOnError(false)), "localhost"));
                assertTrue(closed.isClosed());
            }
            server.get();
        }
    }
}
