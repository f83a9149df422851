package dev.parley;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;

/**
 * A listening socket whose accepted connections are {@link TlsSocket}s, for code written for
 * {@link ServerSocket}; IO::Socket::SSL's listening socket.
 *
 * <pre>{@code
 * TlsConfig config = TlsConfig.server().certificate(Path.of("cert.pem"), Path.of("key.pem")).build();
 * try (TlsServerSocket server = TlsServerSocket.bind(8443, config)) {
 *     while (true) {
 *         TlsSocket client = server.acceptWithoutHandshake();   // never blocks on a slow client
 *         workers.submit(() -> serve(client));                   // serve() reads; the handshake runs there
 *     }
 * }
 * }</pre>
 *
 * <p>{@link #accept()} runs the handshake before it returns, as IO::Socket::SSL's {@code accept}
 * does; a client that is slow or malicious then holds up the accept loop for as long as the
 * socket's timeout allows. IO::Socket::SSL's manual therefore advises accepting in plain and
 * handshaking in the worker: {@link #acceptWithoutHandshake()} does that.
 */
public final class TlsServerSocket extends ServerSocket {

    private final TlsConfig config;

    /** An unbound server socket for {@code config}, which must be a server config. */
    public TlsServerSocket(TlsConfig config) throws IOException {
        if (config.side() != TlsConfig.Side.SERVER) {
            throw new IllegalArgumentException("a TlsServerSocket needs a config from TlsConfig.server()");
        }
        this.config = config;
    }

    /** A server socket listening on {@code port} on every local address. */
    public static TlsServerSocket bind(int port, TlsConfig config) throws IOException {
        return bind(new InetSocketAddress(port), 50, config);
    }

    /** A server socket listening on {@code address} with a queue of {@code backlog} connections. */
    public static TlsServerSocket bind(SocketAddress address, int backlog, TlsConfig config) throws IOException {
        TlsServerSocket server = new TlsServerSocket(config);
        try {
            server.bind(address, backlog);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * Accepts a connection and runs the TLS handshake on it (unless the config defers it with
     * {@code startHandshake(false)}). A failed handshake throws its {@link ParleyException} after
     * the connection was closed (or handed to the error trap); the server socket stays open, so an
     * accept loop catches the exception and goes on.
     */
    @Override
    public TlsSocket accept() throws IOException {
        return TlsSocket.server(super.accept(), config, true, config.lifecycle().startHandshake());
    }

    /**
     * Accepts a connection without handshaking: the handshake runs on {@link TlsSocket#startHandshake()}
     * or the first read or write, in whichever thread does that first.
     */
    public TlsSocket acceptWithoutHandshake() throws IOException {
        return TlsSocket.server(super.accept(), config, true, false);
    }

    /** The config of the connections this socket accepts. */
    public TlsConfig config() {
        return config;
    }

    @Override
    public String toString() {
        return "TlsServerSocket[" + getLocalSocketAddress() + "]";
    }
}
