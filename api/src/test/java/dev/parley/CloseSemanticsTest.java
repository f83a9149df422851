package dev.parley;

import static dev.parley.Fixtures.inBackground;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code close()} with IO::Socket::SSL's shutdown semantics: close_notify without waiting by
 * default ({@code SSL_fast_shutdown}), waiting when asked, none at all with {@code SSL_no_shutdown};
 * a stream that ends without close_notify is reported as truncated.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CloseSemanticsTest {

    private static TlsConfig client() throws IOException {
        return Fixtures.client(StandInHandshakes.plain());
    }

    @Test
    void closeSendsCloseNotifySoThePeerReadsAnOrderlyEnd() throws Exception {
        try (TlsServerSocket server = Fixtures.listen(Fixtures.server(StandInHandshakes.plain()))) {
            Future<Integer> served = inBackground(() -> {
                try (TlsSocket client = server.accept()) {
                    client.getInputStream().readNBytes(5);
                    return client.getInputStream().read();
                }
            });
            TlsSocket socket = TlsSocket.connect("127.0.0.1", server.getLocalPort(), client());
            socket.getOutputStream().write("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.close();
            assertTrue(socket.isClosed());
            assertEquals(-1, served.get(), "close_notify arrived: end of stream, not truncation");
        }
    }

    @Test
    void aStreamEndingWithoutCloseNotifyIsTruncation() throws Exception {
        try (TlsServerSocket server = Fixtures.listen(Fixtures.server(StandInHandshakes.plain(),
                b -> b.noShutdown(true)))) {
            Future<?> served = inBackground(() -> {
                try (TlsSocket client = server.accept()) {
                    client.getOutputStream().write(new byte[10]);
                }
                return null;
            });
            try (TlsSocket socket = TlsSocket.connect("127.0.0.1", server.getLocalPort(), client())) {
                assertEquals(10, socket.getInputStream().readNBytes(10).length);
                served.get();
                ParleyException e = assertThrows(ParleyException.class, () -> socket.getInputStream().read());
                assertEquals(ErrorCode.TRUNCATED, e.code());
                assertTrue(e.getMessage().contains("ended the connection without close_notify"), e.getMessage());
                assertEquals(e, socket.lastError().orElseThrow());
                assertThrows(ParleyException.class, () -> socket.getInputStream().read(), "the failure stays");
            }
        }
    }

    @Test
    void withoutFastShutdownCloseWaitsForThePeersCloseNotify() throws Exception {
        try (TlsServerSocket server = Fixtures.listen(Fixtures.server(StandInHandshakes.plain()))) {
            Future<Integer> served = inBackground(() -> {
                try (TlsSocket client = server.accept()) {
                    client.getOutputStream().write(new byte[3]);
                    return client.getInputStream().read();
                }
            });
            TlsSocket socket = TlsSocket.connect("127.0.0.1", server.getLocalPort(),
                    Fixtures.client(StandInHandshakes.plain(), b -> b.fastShutdown(false)));
            // The unread 3 bytes are discarded while close waits for the server's close_notify.
            socket.close();
            assertEquals(-1, served.get());
            assertTrue(socket.lastError().isEmpty(), "an orderly close from both sides: " + socket.lastError());
        }
    }

    @Test
    void halfCloseLetsThePeerAnswerAfterOurCloseNotify() throws Exception {
        try (TlsServerSocket server = Fixtures.listen(Fixtures.server(StandInHandshakes.plain()))) {
            Future<?> served = inBackground(() -> {
                try (TlsSocket client = server.accept()) {
                    byte[] request = client.getInputStream().readAllBytes();
                    client.getOutputStream().write(("read " + request.length).getBytes(
                            java.nio.charset.StandardCharsets.US_ASCII));
                }
                return null;
            });
            try (TlsSocket socket = TlsSocket.connect("127.0.0.1", server.getLocalPort(), client())) {
                socket.getOutputStream().write(new byte[7]);
                socket.shutdownOutput();
                assertEquals("read 7", new String(socket.getInputStream().readAllBytes(),
                        java.nio.charset.StandardCharsets.US_ASCII));
                served.get();
            }
        }
    }

    @Test
    void writingAfterCloseFails() throws Exception {
        try (TlsServerSocket server = Fixtures.listen(Fixtures.server(StandInHandshakes.plain()))) {
            Future<TlsSocket> accepted = inBackground(server::accept);
            TlsSocket socket = TlsSocket.connect("127.0.0.1", server.getLocalPort(), client());
            java.io.OutputStream out = socket.getOutputStream();
            socket.close();
            assertThrows(IOException.class, () -> out.write(1));
            assertThrows(IOException.class, socket::getInputStream);
            accepted.get().close();
        }
    }
}
