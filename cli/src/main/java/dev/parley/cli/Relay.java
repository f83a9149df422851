package dev.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/**
 * Copies bytes both ways between the user and a connection, as {@code openssl s_client} does:
 * the user's input to the peer on a thread of its own, the peer's data to the user on the
 * caller's thread until the peer closes. When the user's input ends, the peer is told (a
 * half-close, TLS close_notify then TCP FIN) only if asked: some servers take a half-close as the
 * client giving up and drop the answer, so by default the relay just stops writing and keeps
 * reading.
 */
final class Relay {

    private Relay() {
    }

    /**
     * Relays until the peer closes; returns when it did.
     *
     * @param halfClose whether to shut the connection's output when {@code userInput} ends
     */
    static void run(Socket connection, InputStream userInput, OutputStream userOutput, boolean halfClose)
            throws IOException {
        InputStream fromPeer = connection.getInputStream();
        OutputStream toPeer = connection.getOutputStream();
        Thread writer = new Thread(() -> {
            try {
                copy(userInput, toPeer);
                if (halfClose && !connection.isClosed()) {
                    connection.shutdownOutput();
                }
            } catch (IOException e) {
                // The peer went away while we wrote; the reading side reports how the connection ended.
            }
        }, "parley-relay-input");
        writer.setDaemon(true);
        writer.start();
        copy(fromPeer, userOutput);
    }

    /** Copies until {@code in} ends, flushing after every read so an interactive peer sees each line at once. */
    static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[16384];
        int n;
        while ((n = in.read(buffer)) != -1) {
            out.write(buffer, 0, n);
            out.flush();
        }
    }
}
