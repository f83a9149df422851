package dev.parley.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.TlsServerSocket;
import dev.parley.TlsSocket;
import dev.parley.interop.InteropPki.KeyType;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Key updates (RFC 8446 §4.6.3) between Parley and OpenSSL, both ways round and from both ends:
 * s_server's and s_client's {@code K} command (a KeyUpdate asking the other side to update too)
 * and Parley's {@code updateKeys(true)}. The peers run with {@code -msg}, which prints every
 * handshake message with its bytes, so the tests see the KeyUpdate go out with
 * {@code update_requested} (1) and the answer come back with {@code update_not_requested} (0);
 * a line each way afterwards proves both sides switched to the new keys.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OpenSslKeyUpdateTest {

    private static final Pattern KEY_UPDATE_OUT = Pattern.compile("^>>> TLS 1\\.3, Handshake \\[length 0005\\], KeyUpdate$");
    private static final Pattern KEY_UPDATE_IN = Pattern.compile("^<<< TLS 1\\.3, Handshake \\[length 0005\\], KeyUpdate$");
    /** The message bytes -msg prints: type 24, length 1, then the request (RFC 8446 §4.6.3). */
    private static final Pattern UPDATE_REQUESTED = Pattern.compile("^ +18 00 00 01 01 *$");
    private static final Pattern UPDATE_NOT_REQUESTED = Pattern.compile("^ +18 00 00 01 00 *$");

    @Test
    void parleyClientAnswersSServersKeyUpdate() throws Exception {
        try (PeerProcess server = OpenSsl.startServer("s_server-keyupdate", InteropPki.get().server(KeyType.ECDSA_P256),
                "-msg");
             TlsSocket socket = ParleyEnds.connect(server, InteropPki.get().parleyClient().build())) {
            peerUpdatesFirst(server, socket);
        }
    }

    @Test
    void sServerAnswersParleyClientsKeyUpdate() throws Exception {
        try (PeerProcess server = OpenSsl.startServer("s_server-parley-keyupdate",
                InteropPki.get().server(KeyType.ECDSA_P256), "-msg");
             TlsSocket socket = ParleyEnds.connect(server, InteropPki.get().parleyClient().build())) {
            parleyUpdatesFirst(server, socket);
        }
    }

    @Test
    void parleyServerAnswersSClientsKeyUpdate() throws Exception {
        try (TlsServerSocket server = ParleyEnds.listen(InteropPki.get().parleyServer(KeyType.ECDSA_P256).build());
             PeerProcess client = PeerProcess.start("s_client-keyupdate", InteropPki.get().directory(),
                     OpenSsl.client(server.getLocalPort(), "-msg"), false);
             TlsSocket socket = ParleyEnds.accept(server)) {
            peerUpdatesFirst(client, socket);
        }
    }

    @Test
    void sClientAnswersParleyServersKeyUpdate() throws Exception {
        try (TlsServerSocket server = ParleyEnds.listen(InteropPki.get().parleyServer(KeyType.ECDSA_P256).build());
             PeerProcess client = PeerProcess.start("s_client-parley-keyupdate", InteropPki.get().directory(),
                     OpenSsl.client(server.getLocalPort(), "-msg"), false);
             TlsSocket socket = ParleyEnds.accept(server)) {
            parleyUpdatesFirst(client, socket);
        }
    }

    /** The peer's {@code K}: it sends update_requested, Parley must answer and switch keys both ways. */
    private static void peerUpdatesFirst(PeerProcess peer, TlsSocket socket) throws Exception {
        ParleyEnds.exchange(peer, socket, "before the update");
        peer.send("K\n");
        peer.await(KEY_UPDATE_OUT);
        peer.await(UPDATE_REQUESTED);
        ParleyEnds.exchange(peer, socket, "after the update");
        peer.awaitPrinted(KEY_UPDATE_IN);
        peer.awaitPrinted(UPDATE_NOT_REQUESTED);
        assertEquals(1L, peer.count(KEY_UPDATE_IN), "Parley answered with one KeyUpdate\n" + peer.transcript());
        assertEquals(1L, peer.count(UPDATE_NOT_REQUESTED), "and asked for none in return");
    }

    /** Parley's {@code updateKeys(true)}: the peer must answer with update_not_requested. */
    private static void parleyUpdatesFirst(PeerProcess peer, TlsSocket socket) throws Exception {
        ParleyEnds.exchange(peer, socket, "before the update");
        socket.updateKeys(true);
        peer.await(KEY_UPDATE_IN);
        peer.await(UPDATE_REQUESTED);
        ParleyEnds.exchange(peer, socket, "after the update");
        peer.awaitPrinted(UPDATE_NOT_REQUESTED);
        assertEquals(1L, peer.count(KEY_UPDATE_OUT), "the peer answered with one KeyUpdate\n" + peer.transcript());
        assertEquals(1L, peer.count(UPDATE_NOT_REQUESTED), "and asked for none in return");
    }
}
