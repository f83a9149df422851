package dev.parley;

import dev.parley.handshake.Session;
import dev.parley.handshake.engine.TlsEngine;
import dev.parley.record.TlsException;
import java.io.IOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.Optional;

/**
 * TLS over a non-blocking {@link SocketChannel}: IO::Socket::SSL's non-blocking mode, where a call
 * that cannot finish returns at once and says whether it waits for the socket to become readable
 * or writable ({@code SSL_WANT_READ}, {@code SSL_WANT_WRITE}).
 *
 * <pre>{@code
 * TlsChannel tls = TlsChannel.open(socketChannel, config, "example.com");
 * int n = tls.read(buffer);          // 0: nothing yet; tls.wants() says READ or WRITE
 * key.interestOps(tls.interestOps()); // and select again
 * }</pre>
 *
 * <p>The handshake runs inside the first reads and writes (or explicitly, {@link #handshake()}).
 * {@link #write} takes as much as the engine's queue holds and sends what the socket takes; when
 * {@link #wants()} is {@link Wants#WRITE}, records are waiting and {@link #flush()} sends them once
 * the socket is writable. Decrypted data may wait in the engine although the socket has nothing
 * to read: check {@link #pending()} before selecting for reads, as the manual advises.
 *
 * <p>One thread at a time drives a channel (the usual selector loop); calls are synchronized, so a
 * second thread merely waits. On a blocking {@code SocketChannel} it works too, blocking in the
 * socket calls.
 */
public final class TlsChannel implements ByteChannel {

    /** What a call that returned early waits for. */
    public enum Wants {
        /** Nothing: the last call completed. */
        NOTHING,
        /** The socket must become readable ({@code SSL_WANT_READ}). */
        READ,
        /** Queued records must be sent when the socket becomes writable ({@code SSL_WANT_WRITE}). */
        WRITE
    }

    private static final int NETWORK_BUFFER = 32 * 1024;

    private final SocketChannel channel;
    private final TlsEngine engine;
    private final Failures failures;
    private final ByteBuffer networkIn = ByteBuffer.allocate(NETWORK_BUFFER).flip();
    private final ByteBuffer networkOut = ByteBuffer.allocate(NETWORK_BUFFER).flip();
    private Wants wants = Wants.NOTHING;
    private boolean handshakeComplete;

    private TlsChannel(SocketChannel channel, TlsEngine engine, Failures failures) {
        this.channel = channel;
        this.engine = engine;
        this.failures = failures;
    }

    /** A client over the connected {@code channel}; {@code hostname} names the server for SNI and verification. */
    public static TlsChannel open(SocketChannel channel, TlsConfig config, String hostname) throws IOException {
        if (config.side() != TlsConfig.Side.CLIENT) {
            throw new IllegalArgumentException("a client channel needs a config from TlsConfig.client()");
        }
        Socket socket = channel.socket();
        ClientTarget target = ClientTarget.of(config, hostname, socket.getPort());
        Failures failures = new Failures(TlsConfig.Side.CLIENT, "server " + target.verifyName().orElse(hostname)
                + ":" + socket.getPort());
        try {
            return new TlsChannel(channel, EngineSetup.client(config, target, config.handshakes()), failures);
        } catch (TlsException e) {
            throw failures.translate(e, false);
        }
    }

    /** A server over the accepted {@code channel} ({@code config} from {@link TlsConfig#server()}). */
    public static TlsChannel open(SocketChannel channel, TlsConfig config) throws IOException {
        if (config.side() != TlsConfig.Side.SERVER) {
            throw new IllegalArgumentException("a server channel needs a config from TlsConfig.server()");
        }
        Failures failures = new Failures(TlsConfig.Side.SERVER, "client " + channel.getRemoteAddress());
        try {
            return new TlsChannel(channel, EngineSetup.server(config, config.handshakes()), failures);
        } catch (TlsException e) {
            throw failures.translate(e, false);
        }
    }

    /**
     * Advances the handshake as far as the socket allows.
     *
     * @return whether it is complete; if not, {@link #wants()} says what it waits for
     */
    public synchronized boolean handshake() throws IOException {
        while (!handshakeComplete) {
            if (!sendQueued()) {
                return false;
            }
            if (engine.isHandshakeComplete()) {
                handshakeComplete = true;
                Debug.log(1, () -> "handshake complete: " + engine.session().map(Session::toString).orElse(""));
                break;
            }
            if (!receive()) {
                return false;
            }
        }
        return sendQueued();
    }

    /**
     * Reads application data into {@code destination}.
     *
     * @return the bytes read; 0 when none can be had without waiting ({@link #wants()}); -1 once the
     *         peer closed with close_notify
     */
    @Override
    public synchronized int read(ByteBuffer destination) throws IOException {
        if (!handshake() || !destination.hasRemaining()) {
            return 0;
        }
        while (true) {
            int count = readPlaintext(destination);
            if (count != 0) {
                wants = Wants.NOTHING;
                return count;
            }
            if (!sendQueued() || !receive()) {
                return 0;
            }
        }
    }

    /**
     * Protects application data from {@code source} and sends what the socket takes.
     *
     * @return the plaintext bytes taken, 0 while the handshake or earlier records wait for the
     *         socket ({@link #wants()})
     */
    @Override
    public synchronized int write(ByteBuffer source) throws IOException {
        if (!handshake()) {
            return 0;
        }
        int taken;
        try {
            taken = engine.write(source);
        } catch (TlsException e) {
            throw failures.translate(e, true);
        } catch (IllegalStateException e) {
            throw new ParleyException(ErrorCode.CLOSED, "the channel is closed for writing", e);
        }
        sendQueued();
        return taken;
    }

    /**
     * Sends queued records as far as the socket takes them.
     *
     * @return whether everything was sent; if not, {@link #wants()} is {@link Wants#WRITE}
     */
    public synchronized boolean flush() throws IOException {
        return sendQueued();
    }

    /** What the last call that returned early waits for. */
    public synchronized Wants wants() {
        return wants;
    }

    /** {@link #wants()} as selector interest: {@code OP_READ}, {@code OP_WRITE}, or {@code OP_READ} when nothing waits. */
    public synchronized int interestOps() {
        return wants == Wants.WRITE ? SelectionKey.OP_WRITE : SelectionKey.OP_READ;
    }

    /** Decrypted bytes a read returns without touching the socket ({@code pending}). */
    public synchronized int pending() {
        return engine.pendingPlaintext();
    }

    /** What the handshake agreed on; empty until it completed. */
    public synchronized Optional<Session> session() {
        return handshakeComplete ? engine.session() : Optional.empty();
    }

    /** The peer's certificate, once the handshake completed and if it sent one. */
    public synchronized Optional<CertificateDetails> peerCertificate() {
        return session().flatMap(s -> s.peerCertificates().stream().findFirst()).map(CertificateDetails::of);
    }

    /** The channel underneath, for registering with a selector. */
    public SocketChannel channel() {
        return channel;
    }

    @Override
    public boolean isOpen() {
        return channel.isOpen();
    }

    /**
     * Queues close_notify, sends it if the socket takes it at once, and closes the channel; it does
     * not wait for the peer's (IO::Socket::SSL's fast shutdown).
     */
    @Override
    public synchronized void close() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        try {
            if (handshakeComplete) {
                engine.close();
                sendQueued();
            }
        } catch (IOException e) {
            Debug.log(2, () -> "close_notify not sent: " + e.getMessage());
        } finally {
            channel.close();
        }
    }

    private int readPlaintext(ByteBuffer destination) throws ParleyException {
        try {
            return engine.read(destination);
        } catch (TlsException e) {
            throw failures.translate(e, handshakeComplete);
        }
    }

    /**
     * Feeds the engine what is left over, else what the socket has; false (with wants READ) when
     * the socket has nothing now.
     */
    private boolean receive() throws IOException {
        if (!networkIn.hasRemaining()) {
            networkIn.clear();
            int count;
            try {
                count = channel.read(networkIn);
            } finally {
                networkIn.flip();
            }
            if (count == 0) {
                wants = Wants.READ;
                return false;
            }
            if (count < 0) {
                engine.endOfInput();
                TlsException ended = engine.failure().orElse(null);
                if (ended != null) {
                    sendQueued();
                    throw failures.translate(ended, handshakeComplete);
                }
                return true;
            }
        }
        try {
            engine.feed(networkIn);
        } catch (TlsException e) {
            sendQueued();
            throw failures.translate(e, handshakeComplete);
        }
        return sendQueued();
    }

    /** Writes queued records until the socket stops taking them; false (with wants WRITE) if some wait. */
    private boolean sendQueued() throws IOException {
        while (true) {
            if (networkOut.hasRemaining()) {
                channel.write(networkOut);
                if (networkOut.hasRemaining()) {
                    wants = Wants.WRITE;
                    return false;
                }
            }
            networkOut.clear();
            engine.produce(networkOut);
            networkOut.flip();
            if (!networkOut.hasRemaining()) {
                wants = Wants.NOTHING;
                return true;
            }
        }
    }

    @Override
    public String toString() {
        return "TlsChannel[" + channel + ", " + (handshakeComplete ? "open" : "handshaking") + ", wants " + wants + "]";
    }
}
