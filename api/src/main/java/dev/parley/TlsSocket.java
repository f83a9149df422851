package dev.parley;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.Session;
import dev.parley.handshake.engine.TlsEngine;
import dev.parley.record.TlsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A TLS connection that is a {@link Socket}: code written for plain sockets reads and writes its
 * streams unchanged, the way IO::Socket::SSL slots in under code written for IO::Socket.
 *
 * <pre>{@code
 * try (TlsSocket s = TlsSocket.connect("example.com:443")) {
 *     s.getOutputStream().write("GET / HTTP/1.0\r\nHost: example.com\r\n\r\n".getBytes(US_ASCII));
 *     s.getInputStream().transferTo(System.out);
 * }
 * }</pre>
 *
 * <p>Created by {@link #connect(String)} (client), by {@link TlsServerSocket#accept()} (server),
 * or by {@link #startTls} over a socket that already talked in plain text (STARTTLS);
 * {@link #stopTls()} goes back to plain text. Reads and writes may come from two threads at once;
 * the socket's timeout ({@link #setSoTimeout}) applies to every read, in the handshake too, and
 * ends it with a {@link java.net.SocketTimeoutException}. Failures are {@link ParleyException}s
 * whose messages say what happened and what to do.
 *
 * <p>{@link #close()} follows IO::Socket::SSL: it sends close_notify and closes at once
 * ({@code SSL_fast_shutdown}); the config can make it wait for the peer's close_notify, or skip it
 * ({@code SSL_no_shutdown}).
 */
public final class TlsSocket extends LayeredSocket {

    private static TlsConfig defaultClient;
    private static long defaultClientGeneration = -1;

    private final TlsConfig config;
    private final BlockingConnection connection;
    private final InputStream in = new TlsInputStream(this);
    private final OutputStream out = new TlsOutputStream(this);
    private volatile boolean stopped;
    private volatile boolean closed;

    private TlsSocket(Socket plain, TlsConfig config, TlsEngine engine, Failures failures, boolean ownsPlain)
            throws IOException {
        super(plain);
        this.config = config;
        TlsConfig.Lifecycle lifecycle = config.lifecycle();
        boolean keep = lifecycle.keepSocketOnError().orElse(!ownsPlain);
        this.connection = new BlockingConnection(plain, engine, failures, failure -> {
            if (lifecycle.errorTrap().isPresent()) {
                lifecycle.errorTrap().get().trap(plain, failure);
            } else if (!keep) {
                closeQuietly(plain);
            }
        }, lifecycle.timeout().map(t -> (int) t.toMillis()));
    }

    /**
     * Connects to {@code host:port} ({@code [::1]:443} for IPv6; {@code https}, {@code smtps},
     * {@code imaps}, {@code pop3s}, {@code ldaps} as port names) with the default client config:
     * the server is verified against the system's trust store and the host name.
     */
    public static TlsSocket connect(String hostAndPort) throws IOException {
        HostPort target = HostPort.parse(hostAndPort);
        return connect(target.host(), target.port(), defaultClientConfig());
    }

    /** Connects to {@code host} on {@code port} with the default client config. */
    public static TlsSocket connect(String host, int port) throws IOException {
        return connect(host, port, defaultClientConfig());
    }

    /**
     * Connects to {@code host} on {@code port} with {@code config}, within the config's timeout,
     * and runs the handshake (unless the config defers it: {@code SSL_startHandshake}).
     */
    public static TlsSocket connect(String host, int port, TlsConfig config) throws IOException {
        requireSide(config, TlsConfig.Side.CLIENT);
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(host, port), config.lifecycle().timeout()
                    .map(Duration::toMillis).orElse(0L).intValue());
        } catch (IOException e) {
            closeQuietly(plain);
            throw e;
        }
        Debug.log(2, () -> "connected to " + host + ":" + port);
        return client(plain, config, ClientTarget.of(config, host, port), true);
    }

    /**
     * Client STARTTLS: continues the connection on {@code plain}, which has talked in plain text so
     * far, in TLS; {@code hostname} is the server's name, for SNI and verification.
     * IO::Socket::SSL's {@code start_SSL}. On failure {@code plain} stays open unless the config
     * says otherwise ({@code SSL_keepSocketOnError}).
     */
    public static TlsSocket startTls(Socket plain, TlsConfig config, String hostname) throws IOException {
        requireSide(config, TlsConfig.Side.CLIENT);
        return client(plain, config, ClientTarget.of(config, hostname, plain.getPort()), false);
    }

    /**
     * Server STARTTLS: answers the client's handshake on {@code plain}, an accepted socket that has
     * talked in plain text so far. Also the way to handshake in a worker thread after a plain
     * accept, as IO::Socket::SSL's manual advises.
     */
    public static TlsSocket startTls(Socket plain, TlsConfig config) throws IOException {
        requireSide(config, TlsConfig.Side.SERVER);
        return server(plain, config, false, config.lifecycle().startHandshake());
    }

    /** A server socket for {@code plain}, handshaking before it returns if {@code handshakeNow}. */
    static TlsSocket server(Socket plain, TlsConfig config, boolean ownsPlain, boolean handshakeNow)
            throws IOException {
        Failures failures = new Failures(TlsConfig.Side.SERVER, "client " + plain.getRemoteSocketAddress());
        TlsEngine engine;
        try {
            engine = EngineSetup.server(config, config.handshakes());
        } catch (TlsException e) {
            throw failBeforeStart(plain, ownsPlain, failures.translate(e, false));
        }
        return started(new TlsSocket(plain, config, engine, failures, ownsPlain), ownsPlain, handshakeNow);
    }

    private static TlsSocket client(Socket plain, TlsConfig config, ClientTarget target, boolean ownsPlain)
            throws IOException {
        String peer = "server " + target.verifyName().orElse(String.valueOf(plain.getInetAddress()))
                + ":" + plain.getPort();
        Failures failures = new Failures(TlsConfig.Side.CLIENT, peer);
        TlsEngine engine;
        try {
            engine = EngineSetup.client(config, target, config.handshakes());
        } catch (TlsException e) {
            throw failBeforeStart(plain, ownsPlain, failures.translate(e, false));
        }
        return started(new TlsSocket(plain, config, engine, failures, ownsPlain), ownsPlain,
                config.lifecycle().startHandshake());
    }

    private static TlsSocket started(TlsSocket socket, boolean ownsPlain, boolean handshakeNow) throws IOException {
        if (handshakeNow) {
            try {
                socket.startHandshake();
            } catch (ParleyException e) {
                throw e;
            } catch (IOException e) {
                // A timeout or a broken socket before any TLS failure: nobody else holds the socket.
                if (ownsPlain) {
                    closeQuietly(socket.plain);
                }
                throw e;
            }
        }
        return socket;
    }

    private static ParleyException failBeforeStart(Socket plain, boolean ownsPlain, ParleyException failure) {
        if (ownsPlain) {
            closeQuietly(plain);
        }
        return failure;
    }

    /**
     * Runs the handshake now, if it has not run (IO::Socket::SSL's {@code connect_SSL} and
     * {@code accept_SSL}). Needed only with {@code startHandshake(false)}; reads and writes start
     * it otherwise.
     */
    public void startHandshake() throws IOException {
        checkUsable();
        connection.handshake();
    }

    /**
     * Leaves TLS and returns the plain socket, for plain text from here on (FTPS's CCC, or the
     * end of a STARTTLS section): sends close_notify, waits for the peer's, and hands over any
     * plain bytes the peer sent right after it. IO::Socket::SSL's {@code stop_SSL}. This socket
     * is unusable afterwards; closing it leaves the plain socket open.
     */
    public Socket stopTls() throws IOException {
        checkUsable();
        connection.handshake();
        connection.shutdown(true);
        stopped = true;
        Debug.log(2, () -> "TLS stopped; the socket talks plain text again");
        return UnwrappedSocket.of(plain, connection.unconsumedInput());
    }

    @Override
    public InputStream getInputStream() throws IOException {
        checkUsable();
        return in;
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        checkUsable();
        return out;
    }

    int read(byte[] buffer, int offset, int length) throws IOException {
        checkUsable();
        return connection.read(buffer, offset, length);
    }

    void write(byte[] buffer, int offset, int length) throws IOException {
        checkUsable();
        connection.write(buffer, offset, length);
    }

    /** Decrypted bytes waiting to be read; IO::Socket::SSL's {@code pending}. */
    public int pending() {
        return connection.available();
    }

    /** Sends close_notify (TLS 1.3 half-close: reading goes on) and shuts the TCP output down. */
    @Override
    public void shutdownOutput() throws IOException {
        checkUsable();
        if (connection.isHandshakeComplete()) {
            connection.shutdown(false);
        }
        plain.shutdownOutput();
    }

    @Override
    public void shutdownInput() throws IOException {
        plain.shutdownInput();
    }

    /**
     * Closes the connection as the config says ({@code SSL_fast_shutdown}, {@code SSL_no_shutdown}):
     * by default close_notify is sent and the socket closed without waiting for the peer's.
     */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (stopped) {
            return;
        }
        TlsConfig.Lifecycle lifecycle = config.lifecycle();
        if (!lifecycle.noShutdown() && connection.isHandshakeComplete() && !plain.isClosed()) {
            if (lifecycle.fastShutdown()) {
                connection.sendCloseNotifyQuietly();
            } else {
                try {
                    connection.shutdown(true);
                } catch (IOException e) {
                    Debug.log(2, () -> "no orderly shutdown: " + e.getMessage());
                }
            }
        }
        plain.close();
        Debug.log(2, () -> "closed " + plain);
    }

    @Override
    public boolean isClosed() {
        return closed || super.isClosed();
    }

    // --- What was negotiated (IO::Socket::SSL's accessors) ---

    /** What the handshake agreed on; empty until it completed. */
    public Optional<Session> session() {
        return connection.isHandshakeComplete() ? connection.session() : Optional.empty();
    }

    /** The negotiated cipher suite's IANA name ({@code get_cipher}). */
    public String cipher() {
        return requireSession().cipherSuite().toString();
    }

    /** The negotiated version as IO::Socket::SSL names it: {@code TLSv1_3} ({@code get_sslversion}). */
    public String version() {
        return VersionSyntax.name(requireSession().version());
    }

    /** The negotiated version's number, {@code 0x0304} for TLS 1.3 ({@code get_sslversion_int}). */
    public int versionNumber() {
        return requireSession().version().code();
    }

    /** Whether an earlier session was resumed ({@code get_session_reused}). */
    public boolean isSessionReused() {
        return requireSession().resumed();
    }

    /** The peer's certificate, if it sent one ({@code peer_certificate}). */
    public Optional<CertificateDetails> peerCertificate() {
        return peerCertificates().stream().findFirst();
    }

    /** The whole chain the peer sent, leaf first ({@code peer_certificates}). */
    public List<CertificateDetails> peerCertificates() {
        return requireSession().peerCertificates().stream().map(CertificateDetails::of).toList();
    }

    /** The certificate this end sent, if it sent one ({@code sock_certificate}). */
    public Optional<CertificateDetails> localCertificate() {
        return requireSession().localCertificates().stream().findFirst().map(CertificateDetails::of);
    }

    /** A printable summary of the peer's certificate ({@code dump_peer_certificate}); empty without one. */
    public String dumpPeerCertificate() {
        return peerCertificate().map(CertificateDetails::dump).orElse("");
    }

    /**
     * The peer certificate's fingerprint, {@code algo$hex} or {@code algo$pub$hex}
     * ({@code get_fingerprint}); see {@link CertificateDetails#fingerprint(String, boolean)} for
     * any other certificate.
     *
     * @throws IllegalStateException if the peer sent no certificate
     */
    public String fingerprint(String algorithm, boolean publicKey) {
        return requirePeerCertificate().fingerprint(algorithm, publicKey);
    }

    /** The peer certificate's SHA-256 fingerprint, {@code sha256$hex}. */
    public String fingerprint() {
        return requirePeerCertificate().fingerprint();
    }

    /** The peer certificate's fingerprint, binary ({@code get_fingerprint_bin}). */
    public byte[] fingerprintBinary(String algorithm, boolean publicKey) {
        return requirePeerCertificate().fingerprintBinary(algorithm, publicKey);
    }

    /** The name the client asked for in SNI ({@code get_servername}); on a client, the name sent. */
    public Optional<String> serverName() {
        return requireSession().serverName();
    }

    /** The ALPN protocol agreed on ({@code alpn_selected}). */
    public Optional<String> alpnSelected() {
        return requireSession().applicationProtocol();
    }

    /** Whether the peer's certificate fits {@code name} under {@code scheme} ({@code verify_hostname}). */
    public boolean verifyHostname(String name, String scheme) {
        return peerCertificate().map(c -> c.verifyHostname(name, scheme)).orElse(false);
    }

    /** The last failure of this connection ({@code errstr}). */
    public Optional<ParleyException> lastError() {
        return connection.lastError();
    }

    /** Updates our traffic keys, optionally asking the peer to update its own (RFC 8446 §4.6.3). */
    public void updateKeys(boolean requestPeerUpdate) throws IOException {
        connection.handshake();
        try {
            synchronized (connection.engine()) {
                connection.engine().updateKeys(requestPeerUpdate);
            }
        } catch (TlsException e) {
            throw new Failures(config.side(), "peer").translate(e, true);
        }
        connection.flushQueued();
    }

    /** Keying material derived from the connection's secrets (RFC 8446 §7.5, RFC 5705). */
    public byte[] exportKeyingMaterial(String label, byte[] context, int length) throws IOException {
        connection.handshake();
        try {
            synchronized (connection.engine()) {
                return connection.engine().exportKeyingMaterial(label, Bytes.of(context), length);
            }
        } catch (TlsException e) {
            throw new Failures(config.side(), "peer").translate(e, true);
        }
    }

    /** The config this socket was made with. */
    public TlsConfig config() {
        return config;
    }

    @Override
    public String toString() {
        return "TlsSocket[" + plain.getRemoteSocketAddress() + session().map(s -> ", " + VersionSyntax.name(s.version())
                + ", " + s.cipherSuite()).orElse(", handshaking") + "]";
    }

    private Session requireSession() {
        return session().orElseThrow(() -> new IllegalStateException(
                "the TLS handshake has not completed yet; call startHandshake() first"));
    }

    private CertificateDetails requirePeerCertificate() {
        return peerCertificate().orElseThrow(() -> new IllegalStateException("the peer sent no certificate"));
    }

    private void checkUsable() throws IOException {
        if (stopped) {
            throw new ParleyException(ErrorCode.CLOSED, "TLS was stopped on this socket (stopTls); use the socket "
                    + "stopTls returned", null);
        }
        if (closed) {
            throw new SocketException("Socket is closed");
        }
    }

    private static void requireSide(TlsConfig config, TlsConfig.Side side) {
        if (config.side() != side) {
            throw new IllegalArgumentException("a " + side.name().toLowerCase(java.util.Locale.ROOT) + " needs a config "
                    + "from TlsConfig." + side.name().toLowerCase(java.util.Locale.ROOT) + "(), not a "
                    + config.side().name().toLowerCase(java.util.Locale.ROOT) + " config");
        }
    }

    /** The default client config, rebuilt when {@link TlsDefaults} change. */
    private static synchronized TlsConfig defaultClientConfig() throws IOException {
        long generation = TlsDefaults.generation();
        if (defaultClient == null || defaultClientGeneration != generation) {
            defaultClient = TlsConfig.client().build();
            defaultClientGeneration = generation;
        }
        return defaultClient;
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            Debug.log(2, () -> "closing " + socket + ": " + e);
        }
    }
}
