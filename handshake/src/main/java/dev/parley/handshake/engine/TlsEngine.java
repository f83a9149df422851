package dev.parley.handshake.engine;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.EngineFailure;
import dev.parley.handshake.EngineStatus;
import dev.parley.handshake.PeerAlert;
import dev.parley.handshake.PeerAlertException;
import dev.parley.handshake.Session;
import dev.parley.handshake.client.ClientHandshake;
import dev.parley.handshake.server.ServerHandshake;
import dev.parley.record.Alert;
import dev.parley.record.AlertDisposition;
import dev.parley.record.AlertRules;
import dev.parley.record.ContentType;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.ReceivedRecord;
import dev.parley.record.TlsException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Optional;

/**
 * One TLS connection as a sans-IO engine (DESIGN.md "The engine"): its owner feeds it the bytes
 * that arrive, sends what it produces, and reads and writes application data through it. It opens
 * no socket, starts no thread and reads no clock or randomness it was not handed.
 *
 * <p>Three layers stay visible: the {@link RecordStream} (bytes to records and back), the
 * {@link HandshakeDriver} (records to state transitions and queued messages), and the
 * {@link PlaintextQueue} (application data). This class only routes records between them and
 * keeps the connection's closure and failure state.
 *
 * <p>A failure (a {@link TlsException} from any layer) is final: its alert is queued once, unless
 * the failure is one where nobody is to be told, and every later call reports the same failure.
 * An engine belongs to one owner at a time; it is not safe for concurrent use.
 */
public final class TlsEngine {

    private final RecordStream records;
    private final HandshakeDriver driver;
    private final PlaintextQueue plaintext = new PlaintextQueue();
    private TlsException failure;
    private PeerAlert peerAlert;
    private boolean inboundClosed;
    private boolean outboundClosed;
    private long peerUpdateRequestedAtGeneration = -1;

    private TlsEngine(EngineConfig config) {
        this.records = new RecordStream(config.crypto());
        this.driver = new HandshakeDriver(config, records);
    }

    /**
     * An engine whose handshake begins with {@code starter} (the client or server state machine's
     * entry point). Whatever the starter sends first is ready in {@link #produce} on return.
     *
     * @throws TlsException if the handshake cannot even begin (e.g. no usable configuration)
     */
    public static TlsEngine start(EngineConfig config, HandshakeStarter starter) throws TlsException {
        TlsEngine engine = new TlsEngine(Objects.requireNonNull(config, "config"));
        try {
            engine.driver.start(starter);
        } catch (TlsException e) {
            // A handshake that cannot begin is a local misconfiguration: nothing has been sent,
            // and an alert as the very first bytes would tell the peer nothing useful.
            throw e;
        } catch (RuntimeException e) {
            throw internal(e);
        }
        return engine;
    }

    /**
     * A TLS 1.3 client engine; its ClientHello is ready in {@link #produce} on return.
     *
     * @param serverName the server's name: sent in SNI when it is a DNS name, and what the
     *        configured {@link dev.parley.handshake.PeerVerifier} checks the certificate against
     * @param sessionKey where resumption tickets for this server are kept in the session store
     * @throws TlsException if the configuration cannot start a client (no verifier, no TLS 1.3 suite)
     */
    public static TlsEngine client(EngineConfig config, Optional<String> serverName, String sessionKey)
            throws TlsException {
        return start(config, context -> ClientHandshake.start(context, serverName, sessionKey));
    }

    /** A TLS 1.3 client engine for {@code serverName}, keeping tickets under that name. */
    public static TlsEngine client(EngineConfig config, String serverName) throws TlsException {
        return client(config, Optional.of(serverName), serverName);
    }

    /** A TLS 1.3 server engine; it waits for the ClientHello. */
    public static TlsEngine server(EngineConfig config) throws TlsException {
        return start(config, ServerHandshake::start);
    }

    /**
     * Consumes ciphertext received from the peer, as far as it can: complete records are
     * processed, a partial record is kept for the next call. Application data records are only
     * opened while there is room to keep their plaintext; bytes left in {@code in} must be fed
     * again after {@link #read}.
     *
     * @throws TlsException when the peer broke the protocol or ended the connection with an error
     *         alert ({@link PeerAlertException}); the engine has then failed for good
     */
    public void feed(ByteBuffer in) throws TlsException {
        checkNotFailed();
        try {
            while (!inboundClosed && failure == null && plaintext.hasRoomForRecord()) {
                Optional<ReceivedRecord> record = records.read(in);
                if (record.isEmpty()) {
                    break;
                }
                dispatch(record.get());
            }
            if (failure == null) {
                maintainKeys();
            }
        } catch (TlsException e) {
            throw fail(e);
        } catch (RuntimeException e) {
            throw fail(internal(e));
        }
        checkNotFailed();
    }

    /** Moves records waiting to be sent into {@code out}; returns how many bytes. */
    public int produce(ByteBuffer out) {
        return records.drainTo(out);
    }

    /**
     * Moves received application data into {@code out}.
     *
     * @return the number of bytes, 0 when none is waiting, -1 once the peer closed with
     *         close_notify and everything before it was read
     * @throws TlsException if the connection failed
     */
    public int read(ByteBuffer out) throws TlsException {
        checkNotFailed();
        int count = plaintext.readTo(out);
        if (count == 0 && inboundClosed && plaintext.pending() == 0) {
            return -1;
        }
        return count;
    }

    /**
     * Protects application data from {@code in} into records waiting to be produced, as much as
     * the output queue takes; 0 before the handshake completed or while the queue is full.
     *
     * @return the number of plaintext bytes taken
     * @throws TlsException if the connection failed
     * @throws IllegalStateException after {@link #close()}
     */
    public int write(ByteBuffer in) throws TlsException {
        checkNotFailed();
        if (outboundClosed) {
            throw new IllegalStateException("the connection was closed for writing");
        }
        if (driver.session().isEmpty() || !in.hasRemaining()) {
            return 0;
        }
        try {
            maintainKeys();
            return records.sendApplicationData(in);
        } catch (TlsException e) {
            throw fail(e);
        } catch (RuntimeException e) {
            throw fail(internal(e));
        }
    }

    /**
     * Application data received and decrypted but not yet read: what {@link #read} hands out
     * without any further input (IO::Socket::SSL's {@code pending}).
     */
    public int pendingPlaintext() {
        return plaintext.pending();
    }

    /** What the owner should do next. */
    public EngineStatus status() {
        if (records.pendingOutput() > 0) {
            return EngineStatus.WANT_WRITE;
        }
        if (failure != null) {
            return EngineStatus.FAILED;
        }
        if (inboundClosed && outboundClosed) {
            return EngineStatus.CLOSED;
        }
        return driver.session().isPresent() ? EngineStatus.OPEN : EngineStatus.WANT_READ;
    }

    /**
     * Closes our direction: queues close_notify (RFC 8446 §6.1); nothing more is written. The
     * peer's direction stays open until its own close_notify arrives.
     */
    public void close() {
        if (outboundClosed || failure != null) {
            outboundClosed = true;
            return;
        }
        outboundClosed = true;
        try {
            records.sendAlert(Alert.CLOSE_NOTIFY);
        } catch (TlsException e) {
            fail(e);
        }
    }

    /**
     * The peer's byte stream ended. Without a close_notify first this is truncation (RFC 8446
     * §6.1), reported as {@link EngineFailure#TRUNCATED}; after one, nothing happens.
     */
    public void endOfInput() {
        if (!inboundClosed && failure == null) {
            fail(new TlsException(EngineFailure.TRUNCATED, driver.session().isPresent()
                    ? "the peer's stream ended without close_notify"
                    : "the peer's stream ended during the handshake"));
        }
        inboundClosed = true;
    }

    /**
     * Updates our traffic keys now (RFC 8446 §4.6.3), optionally asking the peer to update its own.
     *
     * @throws IllegalStateException before the handshake completed
     */
    public void updateKeys(boolean requestPeerUpdate) throws TlsException {
        checkNotFailed();
        try {
            connected().traffic().update(driver, requestPeerUpdate);
        } catch (TlsException e) {
            throw fail(e);
        }
    }

    /**
     * Keying material for the application (RFC 8446 §7.5).
     *
     * @throws IllegalStateException before the handshake completed
     */
    public byte[] exportKeyingMaterial(String label, Bytes context, int length) throws TlsException {
        checkNotFailed();
        return connected().traffic().exportKeyingMaterial(label, context, length);
    }

    /** What the handshake agreed on, once it completed. */
    public Optional<Session> session() {
        return driver.session();
    }

    /** Whether the handshake completed. */
    public boolean isHandshakeComplete() {
        return driver.session().isPresent();
    }

    /** Whether the peer closed its direction (close_notify received, or the stream ended). */
    public boolean isInboundClosed() {
        return inboundClosed;
    }

    /** Whether our direction is closed. */
    public boolean isOutboundClosed() {
        return outboundClosed;
    }

    /** Why the connection failed, if it did. */
    public Optional<TlsException> failure() {
        return Optional.ofNullable(failure);
    }

    /** The error alert the peer ended the connection with, if it did. */
    public Optional<PeerAlert> peerAlert() {
        return Optional.ofNullable(peerAlert);
    }

    private void dispatch(ReceivedRecord record) throws TlsException {
        int type = record.type().code();
        if (driver.hasPartialMessage() && type != ContentType.HANDSHAKE.code()) {
            // RFC 8446 §5.1: handshake messages must not be interleaved with other record types.
            throw new TlsException(EngineFailure.UNEXPECTED_RECORD,
                    record.type() + " record in the middle of a handshake message");
        }
        if (type == ContentType.HANDSHAKE.code()) {
            driver.receive(record);
        } else if (type == ContentType.CHANGE_CIPHER_SPEC.code()) {
            driver.receiveChangeCipherSpec(record);
        } else if (type == ContentType.ALERT.code()) {
            receiveAlert(Alert.CODEC.decodeExactly(record.toBytes().toByteArray(), "Alert"));
        } else if (type == ContentType.APPLICATION_DATA.code()) {
            if (driver.session().isEmpty() && driver.skipsEarlyData(record)) {
                return;
            }
            if (driver.session().isEmpty()) {
                // RFC 8446 §2: application data flows only under application traffic keys.
                throw new TlsException(EngineFailure.UNEXPECTED_RECORD, "application data before the handshake completed");
            }
            plaintext.add(record);
        } else {
            throw new TlsException(EngineFailure.UNEXPECTED_RECORD, "record of " + record.type());
        }
    }

    private void receiveAlert(Alert alert) throws TlsException {
        ProtocolVersion rules = driver.version().orElse(ProtocolVersion.TLS12);
        AlertDisposition disposition = AlertRules.onReceive(alert, rules);
        if ((disposition == AlertDisposition.READ_SIDE_CLOSED || disposition == AlertDisposition.CONNECTION_CLOSING)
                && driver.session().isEmpty()) {
            inboundClosed = true;
            throw new TlsException(EngineFailure.CLOSED_DURING_HANDSHAKE,
                    "the peer sent close_notify before the handshake completed");
        }
        switch (disposition) {
            case CONTINUE -> { }
            case READ_SIDE_CLOSED -> inboundClosed = true;
            case CONNECTION_CLOSING -> {
                // RFC 5246 §7.2.1: answer with our own close_notify and close down.
                inboundClosed = true;
                close();
            }
            case CONNECTION_FAILED -> {
                peerAlert = PeerAlert.of(alert);
                throw new PeerAlertException(peerAlert);
            }
        }
    }

    /**
     * Key updates the connection owes: one the peer asked for (RFC 8446 §4.6.3), ours when our
     * write key nears its AEAD limit, and a request to the peer when its key does (§5.5).
     */
    private void maintainKeys() throws TlsException {
        if (!(driver.state() instanceof ConnectedState connected) || outboundClosed) {
            return;
        }
        ApplicationTraffic traffic = connected.traffic();
        if (records.readKeyUpdateDue() && peerUpdateRequestedAtGeneration != traffic.readGeneration()) {
            peerUpdateRequestedAtGeneration = traffic.readGeneration();
            traffic.update(driver, true);
        } else if (traffic.updateOwed() || records.writeKeyUpdateDue()) {
            traffic.update(driver, false);
        }
    }

    private ConnectedState connected() {
        if (!(driver.state() instanceof ConnectedState connected) || driver.session().isEmpty()) {
            throw new IllegalStateException("the handshake has not completed");
        }
        return connected;
    }

    private void checkNotFailed() throws TlsException {
        if (failure != null) {
            throw failure;
        }
    }

    private TlsException fail(TlsException cause) {
        if (failure != null) {
            return failure;
        }
        failure = cause;
        inboundClosed = true;
        if (cause.reason().sendsAlert() && !outboundClosed) {
            try {
                records.sendAlert(AlertRules.toSend(cause));
            } catch (TlsException | RuntimeException unsendable) {
                // The connection is over either way; the original failure is what matters.
            }
        }
        outboundClosed = true;
        return failure;
    }

    private static TlsException internal(RuntimeException bug) {
        return new TlsException(EngineFailure.INTERNAL, "internal error: " + bug, bug);
    }
}
