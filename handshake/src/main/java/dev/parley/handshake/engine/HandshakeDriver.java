package dev.parley.handshake.engine;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.EngineFailure;
import dev.parley.handshake.Session;
import dev.parley.handshake.keys.TrafficKeys;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.HandshakeMessage;
import dev.parley.handshake.message.HandshakeReassembler;
import dev.parley.record.ContentType;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.ReceivedRecord;
import dev.parley.record.TlsException;
import java.util.Objects;
import java.util.Optional;

/**
 * The handshake layer of the engine: it reassembles handshake records into messages, hands each
 * to the current state, and carries out what the states ask through {@link HandshakeContext}.
 */
final class HandshakeDriver implements HandshakeContext {

    private final EngineConfig config;
    private final RecordStream records;
    private final HandshakeReassembler reassembler;
    private final SecretLog secretLog;
    private HandshakeState state;
    private Session session;
    private ProtocolVersion version;
    private boolean acceptChangeCipherSpec;
    private boolean changeCipherSpecSent;
    private long earlyDataToSkip = -1;

    HandshakeDriver(EngineConfig config, RecordStream records) {
        this.config = Objects.requireNonNull(config, "config");
        this.records = Objects.requireNonNull(records, "records");
        this.reassembler = new HandshakeReassembler(config.maxHandshakeMessageLength());
        this.secretLog = new SecretLog(config.keyLog());
    }

    void start(HandshakeStarter starter) throws TlsException {
        state = Objects.requireNonNull(starter.start(this), "the starter returned no state");
    }

    /** Feeds one handshake record and runs every complete message through the states. */
    void receive(ReceivedRecord record) throws TlsException {
        // The client's next flight has begun: whatever early data it sent lies behind us
        // (RFC 8446 §4.2.10; after a HelloRetryRequest a record after the second ClientHello that
        // does not open is bad_record_mac, not early data).
        if (earlyDataToSkip >= 0) {
            earlyDataToSkip = -1;
            records.stopSkippingRejectedEarlyData();
        }
        reassembler.feed(record.toBytes());
        Optional<Handshake> message;
        while ((message = reassembler.next()).isPresent()) {
            secretLog.received(message.get());
            state = Objects.requireNonNull(state.handle(this, message.get()),
                    () -> state.getClass().getSimpleName() + " returned no next state");
        }
    }

    /**
     * A change_cipher_spec record: dropped when RFC 8446 §5 allows it (unencrypted, the single
     * byte 0x01, between the first ClientHello and the peer's Finished), fatal otherwise.
     */
    void receiveChangeCipherSpec(ReceivedRecord record) throws TlsException {
        if (!acceptChangeCipherSpec || record.wasEncrypted() || record.length() != 1 || record.getUnsigned(0) != 1) {
            throw new TlsException(EngineFailure.UNEXPECTED_CHANGE_CIPHER_SPEC,
                    "change_cipher_spec " + record + (acceptChangeCipherSpec ? " with a bad value" : " out of place"));
        }
    }

    /**
     * Whether an unprotected application_data record is a rejected 0-RTT record to drop: after a
     * HelloRetryRequest the server still reads without keys, and RFC 8446 §4.2.10 has it skip
     * records of type application_data, up to the early-data budget, until the second ClientHello.
     *
     * @throws TlsException when the client sends more than the budget
     */
    boolean skipsEarlyData(ReceivedRecord record) throws TlsException {
        if (earlyDataToSkip < 0 || record.wasEncrypted()) {
            return false;
        }
        earlyDataToSkip -= record.length();
        if (earlyDataToSkip < 0) {
            throw new TlsException(EngineFailure.UNEXPECTED_RECORD,
                    "more rejected early data than the server allows before its second ClientHello");
        }
        return true;
    }

    /** Whether a handshake message has begun arriving but is not complete. */
    boolean hasPartialMessage() {
        return reassembler.hasPartialMessage();
    }

    /** The current state. */
    HandshakeState state() {
        return state;
    }

    /** The session, once the handshake completed. */
    Optional<Session> session() {
        return Optional.ofNullable(session);
    }

    /** The version the handshake settled on, if it has. */
    Optional<ProtocolVersion> version() {
        return Optional.ofNullable(version);
    }

    @Override
    public EngineConfig config() {
        return config;
    }

    @Override
    public Bytes send(HandshakeMessage message) {
        Bytes framed = Handshake.of(message).encoded();
        sendFramed(framed);
        return framed;
    }

    @Override
    public void sendFramed(Bytes framed) {
        secretLog.sent(framed);
        try {
            records.send(ContentType.HANDSHAKE, framed.toByteArray());
        } catch (TlsException e) {
            // Only an exhausted sequence number fails a write; no handshake gets near 2^64 records.
            throw new IllegalStateException("cannot queue a handshake message", e);
        }
    }

    @Override
    public void sendChangeCipherSpec() {
        if (changeCipherSpecSent) {
            return;
        }
        changeCipherSpecSent = true;
        try {
            records.sendChangeCipherSpec();
        } catch (TlsException e) {
            throw new IllegalStateException("cannot queue change_cipher_spec", e);
        }
    }

    @Override
    public void installReadKeys(TrafficKeys keys) throws TlsException {
        // RFC 8446 §5.1: a handshake message must not span a key change.
        reassembler.requireRecordBoundary();
        secretLog.installing(keys);
        records.installReadKeys(keys);
    }

    @Override
    public void installWriteKeys(TrafficKeys keys) {
        secretLog.installing(keys);
        try {
            records.installWriteKeys(keys);
        } catch (TlsException e) {
            throw new IllegalStateException("traffic keys were destroyed before installation", e);
        }
    }

    @Override
    public void negotiatedVersion(ProtocolVersion version) {
        this.version = version;
        records.negotiatedVersion(version);
    }

    @Override
    public void peerRecordSizeLimit(int limit) {
        records.peerRecordSizeLimit(limit);
    }

    @Override
    public void skipRejectedEarlyData(long maxBytes) {
        records.skipRejectedEarlyData(maxBytes);
        earlyDataToSkip = maxBytes;
    }

    @Override
    public void acceptChangeCipherSpec(boolean accept) {
        this.acceptChangeCipherSpec = accept;
    }

    @Override
    public void handshakeComplete(Session session) {
        this.session = Objects.requireNonNull(session, "session");
    }
}
