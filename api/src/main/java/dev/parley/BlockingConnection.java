package dev.parley;

import dev.parley.handshake.EngineFailure;
import dev.parley.handshake.EngineStatus;
import dev.parley.handshake.Session;
import dev.parley.handshake.engine.TlsEngine;
import dev.parley.record.TlsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link TlsEngine} driven over a connected socket's blocking streams: bytes read from the
 * socket are fed to the engine, and what the engine produces is written to the socket. This is
 * the whole of {@link TlsSocket}'s protocol work; no TLS logic lives here.
 *
 * <p>Locking. The engine is single-owner, so every engine call happens under the engine's own
 * monitor, which is held only for the call itself and never across socket I/O. Two further locks
 * order the socket's directions:
 * <ul>
 *   <li>{@code readLock}: one thread at a time reads the socket and feeds the engine (the
 *       handshake runs under it too). A reader blocked in a socket read holds only this lock.</li>
 *   <li>{@code writeLock}: one thread at a time produces records and writes them, so records
 *       leave in the order the engine sealed them. A writer blocked on a full socket holds only
 *       this lock.</li>
 * </ul>
 * So a reader waiting for data never blocks a writer, and a writer never waits for a reader. The
 * lock order is readLock, then writeLock, then the engine; no thread takes readLock while holding
 * writeLock. A reader that must send something (an alert, a KeyUpdate the peer asked for) only
 * tries the write lock; if a writer holds it, that writer sends the queued records as it leaves.
 */
final class BlockingConnection {

    /** Large enough for the biggest TLS record on the wire (5 + 2^14 + 256 bytes) twice over. */
    private static final int NETWORK_BUFFER = 32 * 1024;

    /** What to do with the plain socket when the handshake fails. */
    interface FailurePolicy {
        void handshakeFailed(ParleyException failure);
    }

    private final Socket socket;
    private final InputStream rawIn;
    private final OutputStream rawOut;
    private final TlsEngine engine;
    private final Failures failures;
    private final FailurePolicy failurePolicy;
    private final Optional<Integer> handshakeTimeoutMillis;
    private final ReentrantLock readLock = new ReentrantLock();
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ByteBuffer networkIn = ByteBuffer.allocate(NETWORK_BUFFER).flip();
    private final ByteBuffer networkOut = ByteBuffer.allocate(NETWORK_BUFFER);
    private volatile boolean handshakeComplete;
    private volatile ParleyException lastError;

    BlockingConnection(Socket socket, TlsEngine engine, Failures failures, FailurePolicy failurePolicy,
                       Optional<Integer> handshakeTimeoutMillis) throws IOException {
        this.socket = socket;
        this.rawIn = socket.getInputStream();
        this.rawOut = socket.getOutputStream();
        this.engine = engine;
        this.failures = failures;
        this.failurePolicy = failurePolicy;
        this.handshakeTimeoutMillis = handshakeTimeoutMillis;
    }

    /** Runs the handshake to completion if it has not completed yet (connect_SSL / accept_SSL). */
    void handshake() throws IOException {
        if (handshakeComplete) {
            return;
        }
        readLock.lock();
        try {
            if (handshakeComplete) {
                return;
            }
            int previousTimeout = socket.getSoTimeout();
            handshakeTimeoutMillis.filter(t -> previousTimeout == 0 || t < previousTimeout)
                    .ifPresent(this::setSoTimeout);
            try {
                runHandshake();
            } finally {
                setSoTimeout(previousTimeout);
            }
        } catch (ParleyException e) {
            failurePolicy.handshakeFailed(e);
            throw e;
        } finally {
            readLock.unlock();
        }
    }

    private void runHandshake() throws IOException {
        Debug.log(2, () -> "handshake starts with " + socket.getRemoteSocketAddress());
        while (true) {
            flush();
            synchronized (engine) {
                if (engine.isHandshakeComplete()) {
                    handshakeComplete = true;
                    Debug.log(1, () -> "handshake complete: " + engine.session().map(Session::toString).orElse(""));
                    return;
                }
            }
            if (!readFromSocket()) {
                TlsException ended;
                synchronized (engine) {
                    ended = engine.failure().orElseGet(() -> new TlsException(EngineFailure.TRUNCATED,
                            "the peer's stream ended during the handshake"));
                }
                throw failed(ended);
            }
        }
    }

    /** Reads application data into {@code buffer}; -1 once the peer has closed with close_notify. */
    int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        handshake();
        ByteBuffer out = ByteBuffer.wrap(buffer, offset, length);
        while (true) {
            int count = readPlaintext(out);
            if (count != 0) {
                return count;
            }
            readLock.lock();
            try {
                count = readPlaintext(out);
                if (count != 0) {
                    return count;
                }
                readFromSocket();
            } finally {
                readLock.unlock();
            }
        }
    }

    /** Plaintext already decrypted, without reading the socket. */
    int available() {
        synchronized (engine) {
            return engine.pendingPlaintext();
        }
    }

    /** Protects and sends all of {@code buffer[offset, offset + length)}. */
    void write(byte[] buffer, int offset, int length) throws IOException {
        handshake();
        ByteBuffer in = ByteBuffer.wrap(buffer, offset, length);
        writeLock.lock();
        try {
            while (in.hasRemaining()) {
                int taken;
                synchronized (engine) {
                    taken = engine.write(in);
                }
                int sent = drainToSocket();
                if (taken == 0 && sent == 0) {
                    throw new ParleyException(ErrorCode.CLOSED, "the connection no longer accepts data", null);
                }
            }
            rawOut.flush();
        } catch (TlsException e) {
            throw failed(e);
        } catch (IllegalStateException e) {
            throw closedForWriting(e);
        } finally {
            releaseWriteLock();
        }
    }

    /**
     * Closes our direction with close_notify; with {@code waitForPeer}, then reads until the
     * peer's close_notify (application data still arriving is discarded).
     */
    void shutdown(boolean waitForPeer) throws IOException {
        synchronized (engine) {
            engine.close();
        }
        flush();
        if (waitForPeer) {
            readLock.lock();
            try {
                ByteBuffer discard = ByteBuffer.allocate(NETWORK_BUFFER);
                while (true) {
                    discard.clear();
                    int count = readPlaintext(discard);
                    if (count < 0) {
                        return;
                    }
                    if (count == 0 && !readFromSocket()) {
                        readPlaintext(discard);
                    }
                }
            } finally {
                readLock.unlock();
            }
        }
    }

    /**
     * Queues close_notify and tries to send it without waiting for a writer that holds the socket;
     * errors are ignored, since the connection is being abandoned.
     */
    void sendCloseNotifyQuietly() {
        synchronized (engine) {
            engine.close();
        }
        if (writeLock.tryLock()) {
            try {
                drainToSocket();
                rawOut.flush();
            } catch (IOException e) {
                Debug.log(2, () -> "close_notify not sent: " + e);
            } finally {
                writeLock.unlock();
            }
        }
    }

    /** Bytes read from the socket but not consumed by the engine: what follows the peer's close_notify. */
    byte[] unconsumedInput() {
        readLock.lock();
        try {
            byte[] rest = new byte[networkIn.remaining()];
            networkIn.get(rest);
            return rest;
        } finally {
            readLock.unlock();
        }
    }

    boolean isHandshakeComplete() {
        return handshakeComplete;
    }

    Optional<Session> session() {
        synchronized (engine) {
            return engine.session();
        }
    }

    /** The last failure this connection reported (IO::Socket::SSL's {@code errstr}). */
    Optional<ParleyException> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** The engine, for what the adapters ask of it directly (key updates, exporters); lock on it. */
    TlsEngine engine() {
        return engine;
    }

    private int readPlaintext(ByteBuffer out) throws ParleyException {
        try {
            synchronized (engine) {
                return engine.read(out);
            }
        } catch (TlsException e) {
            throw failed(e);
        }
    }

    /**
     * Feeds the engine: first what is left over from the last socket read, else a new read
     * (blocking, within the socket's timeout). Caller holds readLock. Returns false once the
     * socket's stream has ended.
     */
    private boolean readFromSocket() throws IOException {
        boolean open = true;
        if (!networkIn.hasRemaining()) {
            // The buffer changes only after the read returns: a timeout leaves it empty, not stale.
            int count = rawIn.read(networkIn.array(), 0, networkIn.capacity());
            networkIn.clear().limit(Math.max(count, 0));
            if (count < 0) {
                open = false;
                synchronized (engine) {
                    engine.endOfInput();
                }
            } else {
                Debug.log(3, () -> count + " bytes from the network");
            }
        }
        try {
            synchronized (engine) {
                if (open) {
                    engine.feed(networkIn);
                }
            }
        } catch (TlsException e) {
            throw failed(e);
        } finally {
            flushSoon();
        }
        return open;
    }

    /** Sends what the engine has queued (a KeyUpdate, say), waiting for the write lock. */
    void flushQueued() throws IOException {
        flush();
    }

    /** Sends what the engine has queued, waiting for the write lock (handshake and shutdown). */
    private void flush() throws IOException {
        writeLock.lock();
        try {
            drainToSocket();
            rawOut.flush();
        } finally {
            releaseWriteLock();
        }
    }

    /** Sends queued records unless a writer holds the socket; that writer sends them as it leaves. */
    private void flushSoon() throws IOException {
        if (writeLock.tryLock()) {
            try {
                drainToSocket();
                rawOut.flush();
            } finally {
                releaseWriteLock();
            }
        }
    }

    /** Writes every queued record to the socket; caller holds writeLock. Returns the bytes written. */
    private int drainToSocket() throws IOException {
        int total = 0;
        while (true) {
            int count;
            synchronized (engine) {
                networkOut.clear();
                count = engine.produce(networkOut);
            }
            if (count == 0) {
                return total;
            }
            rawOut.write(networkOut.array(), 0, count);
            total += count;
        }
    }

    /**
     * Releases the write lock; records queued meanwhile by a thread that could not take it (see
     * {@link #flushSoon}) are sent first, by whoever can take the lock again.
     */
    private void releaseWriteLock() throws IOException {
        writeLock.unlock();
        while (hasQueuedOutput() && writeLock.tryLock()) {
            try {
                drainToSocket();
                rawOut.flush();
            } finally {
                writeLock.unlock();
            }
        }
    }

    private boolean hasQueuedOutput() {
        synchronized (engine) {
            return engine.status() == EngineStatus.WANT_WRITE;
        }
    }

    private ParleyException failed(TlsException failure) {
        try {
            flushSoon();
        } catch (IOException unsent) {
            Debug.log(2, () -> "alert not sent: " + unsent);
        }
        ParleyException translated = failures.translate(failure, handshakeComplete);
        lastError = translated;
        Debug.log(1, translated::getMessage);
        return translated;
    }

    private ParleyException closedForWriting(IllegalStateException cause) {
        ParleyException closed = new ParleyException(ErrorCode.CLOSED,
                "the connection is closed for writing (close() or stopTls() was called, or the peer failed it)", cause);
        lastError = closed;
        return closed;
    }

    private void setSoTimeout(int millis) {
        try {
            socket.setSoTimeout(millis);
        } catch (IOException e) {
            Debug.log(2, () -> "cannot set the socket timeout: " + e);
        }
    }
}
