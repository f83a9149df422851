package dev.parley;

import static dev.parley.Fixtures.inBackground;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Socket timeouts: a read that waits too long ends with {@link SocketTimeoutException} and leaves
 * the connection usable; a handshake with a silent peer ends within the config's timeout.
 * Nothing here measures time; the tests only check which exception ends the wait.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TimeoutTest {

    @Test
    void aReadTimeoutLeavesTheConnectionUsable() throws Exception {
        CountDownLatch timedOut = new CountDownLatch(1);
        try (TlsServerSocket server = Fixtures.listen(Fixtures.server(StandInHandshakes.plain()))) {
            Future<?> served = inBackground(() -> {
                try (TlsSocket client = server.accept()) {
                    timedOut.await();
                    client.getOutputStream().write(42);
                    client.getInputStream().read();
                }
                return null;
            });
            try (TlsSocket socket = TlsSocket.connect("127.0.0.1", server.getLocalPort(),
                    Fixtures.client(StandInHandshakes.plain()))) {
                socket.setSoTimeout(100);
                InputStream in = socket.getInputStream();
                assertThrows(SocketTimeoutException.class, in::read);
                timedOut.countDown();
                socket.setSoTimeout(0);
                assertEquals(42, in.read());
            }
            served.get();
        }
    }

    @Test
    void aSilentServerEndsTheHandshakeWithATimeoutAndTheSocketIsClosed() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Future<Socket> accepted = inBackground(silent::accept);
            TlsConfig config = Fixtures.client(StandInHandshakes.plain(), b -> b.timeout(Duration.ofMillis(200)));
            assertThrows(SocketTimeoutException.class,
                    () -> TlsSocket.connect("127.0.0.1", silent.getLocalPort(), config));
            try (Socket peer = accepted.get()) {
                peer.setSoTimeout(10_000);
                // The client sent its hello, then closed: the server side sees the stream end.
                assertTrue(peer.getInputStream().readAllBytes().length > 0);
            }
        }
    }

    @Test
    void theSocketTimeoutAppliesDuringTheHandshakeToo() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Future<Socket> accepted = inBackground(silent::accept);
            try (Socket plain = new Socket(InetAddress.getLoopbackAddress(), silent.getLocalPort())) {
                plain.setSoTimeout(100);
                assertThrows(SocketTimeoutException.class, () -> TlsSocket.startTls(plain,
                        Fixtures.client(StandInHandshakes.plain()), "localhost"));
                assertTrue(!plain.isClosed(), "startTls leaves the caller's socket open by default");
            }
            accepted.get().close();
        }
    }
}
