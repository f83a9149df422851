package dev.parley.cli;

import dev.parley.TlsSocket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * One connection accepted by {@code parley server}, served on a worker thread: the handshake
 * runs here (so a slow client never holds up the accept loop), one line goes to stderr, and then
 * the connection is answered as the {@link Mode} says.
 */
final class ServedConnection implements Runnable {

    /** What the server does with a connection. */
    enum Mode {
        /** Answer an HTTP request with a page describing the connection ({@code --www}). */
        WWW,
        /** Send every byte back ({@code --echo}). */
        ECHO,
        /** Client's data to stdout, stdin to the client ({@code openssl s_server}'s default). */
        RELAY
    }

    /** How long a client may take for its handshake and, under {@code --www}, its request. */
    static final int CLIENT_TIMEOUT_MILLIS = 30_000;
    /** How long the server waits for the client to close after the page was sent. */
    private static final int LINGER_MILLIS = 2_000;
    private static final int MAX_REQUEST_HEAD = 16 * 1024;
    /** Under {@code --www}, a GET for this path first updates the server's keys and asks the client to. */
    static final String KEY_UPDATE_PATH = "/keyupdate";

    private final TlsSocket socket;
    private final Mode mode;
    private final PrintStream err;
    private final OutputStream out;
    private final Consumer<OutputStream> attachInput;

    /**
     * @param attachInput in {@link Mode#RELAY}, hands the connection's output to the stdin pump
     *        (and {@code null} back when the connection ends)
     */
    ServedConnection(TlsSocket socket, Mode mode, PrintStream err, OutputStream out, Consumer<OutputStream> attachInput) {
        this.socket = socket;
        this.mode = mode;
        this.err = err;
        this.out = out;
        this.attachInput = attachInput;
    }

    @Override
    public void run() {
        String peer = String.valueOf(socket.getRemoteSocketAddress()).replaceFirst("^/", "");
        try (socket) {
            socket.setSoTimeout(CLIENT_TIMEOUT_MILLIS);
            socket.startHandshake();
            err.println("parley server: " + peer + " " + SessionReport.oneLine(socket));
            switch (mode) {
                case WWW -> www();
                case ECHO -> {
                    socket.setSoTimeout(0);
                    Relay.copy(socket.getInputStream(), socket.getOutputStream());
                }
                case RELAY -> relay();
            }
        } catch (IOException e) {
            err.println("parley server: " + peer + ": " + Main.describe(e));
        } catch (RuntimeException e) {
            err.println("parley server: " + peer + ": internal error: " + e);
        }
    }

    private void relay() throws IOException {
        socket.setSoTimeout(0);
        attachInput.accept(socket.getOutputStream());
        try {
            Relay.copy(socket.getInputStream(), out);
        } finally {
            attachInput.accept(null);
        }
    }

    private void www() throws IOException {
        String head = readRequestHead(socket.getInputStream());
        if (head.isEmpty()) {
            // The client closed its side (close_notify) without asking anything: there is nothing to
            // answer, so only our close_notify goes back, as from openssl s_server -www. A 400 page
            // here reached tlsfuzzer's test-record-size-limit, which expects no data after its alert.
            socket.shutdownOutput();
            return;
        }
        String requestLine = head.lines().findFirst().orElse("");
        String[] parts = requestLine.split(" ");
        boolean get = parts.length == 3 && parts[0].equals("GET") && parts[2].startsWith("HTTP/");
        boolean headOnly = parts.length == 3 && parts[0].equals("HEAD") && parts[2].startsWith("HTTP/");
        String status = get || headOnly ? "200 OK" : parts.length == 3 ? "405 Method Not Allowed" : "400 Bad Request";
        boolean keyUpdate = get && parts[1].equals(KEY_UPDATE_PATH);
        if (keyUpdate) {
            // Like tlslite-ng's test server, which tlsfuzzer's test-tls13-keyupdate-from-server
            // expects: a KeyUpdate asking the client to update too (RFC 8446 §4.6.3) before the page.
            socket.updateKeys(true);
        }
        byte[] body = (get || headOnly ? WwwPage.describe(socket, requestLine)
                + (keyUpdate ? String.format("%-19s %s%n", "key update", "sent, update_requested") : "")
                : "parley server --www answers GET and HEAD only\n").getBytes(StandardCharsets.UTF_8);
        String response = "HTTP/1.0 " + status + "\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + (status.startsWith("405") ? "Allow: GET, HEAD\r\n" : "")
                + "Connection: close\r\n"
                + "Server: parley\r\n\r\n";
        // One write, so one record when it fits: like `openssl s_server -www`, which tlsfuzzer's
        // scripts expect (they read one application_data record, then the close_notify).
        ByteArrayOutputStream whole = new ByteArrayOutputStream(response.length() + body.length);
        whole.writeBytes(response.getBytes(StandardCharsets.US_ASCII));
        if (!headOnly) {
            whole.writeBytes(body);
        }
        OutputStream toClient = socket.getOutputStream();
        toClient.write(whole.toByteArray());
        toClient.flush();
        // Our close_notify, then wait briefly for the client's close so that unread bytes cannot
        // turn our close into a TCP reset that destroys the response in flight.
        socket.shutdownOutput();
        linger(socket);
    }

    /** The request line and headers, up to the empty line; bounded. */
    static String readRequestHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.length() < MAX_REQUEST_HEAD) {
            int c = in.read();
            if (c == -1) {
                break;
            }
            head.append((char) c);
            int n = head.length();
            if (n >= 2 && head.charAt(n - 1) == '\n'
                    && (head.charAt(n - 2) == '\n' || n >= 4 && head.substring(n - 4).equals("\r\n\r\n"))) {
                break;
            }
        }
        return head.toString();
    }

    private static void linger(TlsSocket socket) {
        try {
            socket.setSoTimeout(LINGER_MILLIS);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            while (in.read(buffer) != -1) {
                // discard what the client still sends
            }
        } catch (SocketTimeoutException e) {
            // the client keeps the connection open; we close it anyway
        } catch (IOException e) {
            // a client that closes without close_notify has its answer already
        }
    }
}
