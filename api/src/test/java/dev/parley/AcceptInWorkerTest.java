package dev.parley;

import static dev.parley.Fixtures.inBackground;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.Socket;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * IO::Socket::SSL's advice for servers: accept in plain and handshake in the worker, so a client
 * that never speaks cannot hold up the accept loop.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AcceptInWorkerTest {

    @Test
    void aSilentClientDoesNotBlockTheNextAccept() throws Exception {
        try (TlsServerSocket server = Fixtures.listen(Fixtures.server(StandInHandshakes.plain()));
             Socket silent = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            TlsSocket first = server.acceptWithoutHandshake();
            assertEquals(Optional.empty(), first.session(), "nothing was read from the silent client");

            Future<String> client = inBackground(() -> {
                try (TlsSocket socket = TlsSocket.connect("127.0.0.1", server.getLocalPort(),
                        Fixtures.client(StandInHandshakes.plain()))) {
                    Fixtures.writeLine(socket.getOutputStream(), "ping");
                    return Fixtures.readLine(socket.getInputStream());
                }
            });
            TlsSocket second = server.acceptWithoutHandshake();
            Future<?> worker = inBackground(() -> {
                try (TlsSocket socket = second) {
                    // The first read runs the handshake, here in the worker.
                    String line = Fixtures.readLine(socket.getInputStream());
                    Fixtures.writeLine(socket.getOutputStream(), line + " pong");
                }
                return null;
            });
            assertEquals("ping pong", client.get());
            worker.get();
            assertTrue(first.session().isEmpty());
            first.close();
        }
    }

    @Test
    void aDeferredHandshakeCanBeStartedExplicitly() throws Exception {
        try (TlsServerSocket server = Fixtures.listen(Fixtures.server(StandInHandshakes.plain(),
                b -> b.startHandshake(false)))) {
            Future<TlsSocket> client = inBackground(() -> TlsSocket.connect("127.0.0.1", server.getLocalPort(),
                    Fixtures.client(StandInHandshakes.plain())));
            try (TlsSocket accepted = server.accept()) {
                assertTrue(accepted.session().isEmpty(), "SSL_startHandshake 0: accept does not handshake");
                accepted.startHandshake();
                assertEquals("TLSv1_3", accepted.version());
                client.get().close();
            }
        }
    }

    @Test
    void aServerSocketNeedsAServerConfig() throws Exception {
        TlsConfig client = Fixtures.client(StandInHandshakes.plain());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TlsServerSocket(client));
        assertTrue(e.getMessage().contains("TlsConfig.server()"), e.getMessage());
    }
}
