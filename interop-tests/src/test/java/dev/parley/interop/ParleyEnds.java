package dev.parley.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.TlsConfig;
import dev.parley.TlsServerSocket;
import dev.parley.TlsSocket;
import dev.parley.handshake.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Parley's side of an interop test: a client connected to a peer server, a server socket for a
 * peer client, and the exchange of one line each way that proves the connection carries data in
 * both directions. Every socket reads with a timeout ({@link PeerProcess#PATIENCE}).
 */
final class ParleyEnds {

    private ParleyEnds() {
    }

    /** A Parley client connected to {@code server} on 127.0.0.1, the handshake done. */
    static TlsSocket connect(PeerProcess server, TlsConfig config) throws IOException {
        TlsSocket socket = TlsSocket.connect("127.0.0.1", server.port(), config.toBuilder()
                .timeout(PeerProcess.PATIENCE).build());
        socket.setSoTimeout((int) PeerProcess.PATIENCE.toMillis());
        return socket;
    }

    /** A Parley server on a free 127.0.0.1 port. */
    static TlsServerSocket listen(TlsConfig config) throws IOException {
        TlsServerSocket server = TlsServerSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10,
                config.toBuilder().timeout(PeerProcess.PATIENCE).build());
        server.setSoTimeout((int) PeerProcess.PATIENCE.toMillis());
        return server;
    }

    /** Accepts one peer client and completes the handshake; reads then time out too. */
    static TlsSocket accept(TlsServerSocket server) throws IOException {
        TlsSocket socket = server.accept();
        socket.setSoTimeout((int) PeerProcess.PATIENCE.toMillis());
        return socket;
    }

    /**
     * Sends {@code text} from Parley and waits for the peer to print it, then has the peer send a
     * line (through its stdin) and reads it on Parley's side; returns Parley's session.
     */
    static Session exchange(PeerProcess peer, TlsSocket socket, String text) throws IOException {
        String fromParley = "from parley: " + text;
        writeLine(socket.getOutputStream(), fromParley);
        // Not anchored at the start: s_client may print it right after a hex dump that lacks its newline.
        peer.await(Pattern.compile(Pattern.quote(fromParley) + "$"));
        String fromPeer = "from the peer: " + text;
        peer.send(fromPeer + "\n");
        assertEquals(fromPeer, readLine(socket.getInputStream()));
        assertTrue(socket.session().isPresent(), "handshake complete");
        return socket.session().get();
    }

    static void writeLine(OutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads one line byte by byte (so nothing after it is consumed), without its CR/LF. */
    static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
