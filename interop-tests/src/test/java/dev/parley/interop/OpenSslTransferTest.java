package dev.parley.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.TlsServerSocket;
import dev.parley.TlsSocket;
import dev.parley.interop.InteropPki.KeyType;
import java.net.Socket;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@value Payload#SIZE} bytes through Parley and OpenSSL in each direction, with Parley as client
 * and as server; the receiving end digests exactly what arrived and the SHA-256 must equal the
 * generator's. The OpenSSL peers run {@code -quiet}, so their stdout is the data and nothing else
 * (and their stdin is data too, never a command letter); a quiet s_server prints no {@code ACCEPT},
 * so the client connects as soon as the port accepts.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OpenSslTransferTest {

    private static final ExecutorService BACKGROUND = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "transfer");
        thread.setDaemon(true);
        return thread;
    });
    private static final String EXPECTED = Payload.expectedSha256();

    @AfterAll
    static void stopBackground() {
        BACKGROUND.shutdownNow();
    }

    private static <T> T within(Future<T> task) throws Exception {
        return task.get(PeerProcess.PATIENCE.toSeconds() * 3, TimeUnit.SECONDS);
    }

    private static <T> Future<T> inBackground(Callable<T> task) {
        return BACKGROUND.submit(task);
    }

    private static PeerProcess quietServer(String name) throws Exception {
        return PeerProcess.listenQuietly(name, InteropPki.get().directory(),
                port -> OpenSsl.server(port, InteropPki.get().server(KeyType.ECDSA_P256), "-quiet", "-naccept", "1"),
                true);
    }

    private static TlsSocket connectTo(PeerProcess server) throws Exception {
        Socket plain = server.connectWhenListening();
        TlsSocket socket = TlsSocket.startTls(plain, InteropPki.get().parleyClient().build(), InteropPki.SERVER_NAME);
        socket.setSoTimeout((int) PeerProcess.PATIENCE.toMillis());
        return socket;
    }

    @Test
    void parleyClientSendsTenMegabytesToSServer() throws Exception {
        try (PeerProcess server = quietServer("s_server-upload"); TlsSocket socket = connectTo(server)) {
            Future<String> received = inBackground(() -> Payload.readSha256(server.stdout()));
            Payload.writeTo(socket.getOutputStream());
            assertEquals(EXPECTED, within(received), "SHA-256 of what s_server printed");
        }
    }

    @Test
    void parleyClientReceivesTenMegabytesFromSServer() throws Exception {
        try (PeerProcess server = quietServer("s_server-download"); TlsSocket socket = connectTo(server)) {
            Future<Void> sent = inBackground(() -> {
                Payload.writeTo(server.stdin());
                return null;
            });
            assertEquals(EXPECTED, Payload.readSha256(socket.getInputStream()), "SHA-256 of what Parley read");
            within(sent);
        }
    }

    @Test
    void parleyServerSendsTenMegabytesToSClient() throws Exception {
        try (TlsServerSocket server = ParleyEnds.listen(InteropPki.get().parleyServer(KeyType.ECDSA_P256).build());
             PeerProcess client = PeerProcess.start("s_client-download", InteropPki.get().directory(),
                     OpenSsl.client(server.getLocalPort(), "-quiet", "-nocommands"), true);
             TlsSocket socket = ParleyEnds.accept(server)) {
            Future<String> received = inBackground(() -> Payload.readSha256(client.stdout()));
            Payload.writeTo(socket.getOutputStream());
            assertEquals(EXPECTED, within(received), "SHA-256 of what s_client printed");
        }
    }

    @Test
    void parleyServerReceivesTenMegabytesFromSClient() throws Exception {
        try (TlsServerSocket server = ParleyEnds.listen(InteropPki.get().parleyServer(KeyType.ECDSA_P256).build());
             PeerProcess client = PeerProcess.start("s_client-upload", InteropPki.get().directory(),
                     OpenSsl.client(server.getLocalPort(), "-quiet", "-nocommands"), true);
             TlsSocket socket = ParleyEnds.accept(server)) {
            Future<Void> sent = inBackground(() -> {
                Payload.writeTo(client.stdin());
                return null;
            });
            assertEquals(EXPECTED, Payload.readSha256(socket.getInputStream()), "SHA-256 of what Parley read");
            within(sent);
        }
    }
}
