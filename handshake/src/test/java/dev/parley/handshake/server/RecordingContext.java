package dev.parley.handshake.server;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.Session;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.keys.TrafficKeys;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.HandshakeMessage;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.TlsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link HandshakeContext} without a record layer: it records, in order, every message the
 * states send (framed), every change_cipher_spec and every key installed (copied, since the
 * states destroy theirs), and everything else a state tells the engine.
 */
final class RecordingContext implements HandshakeContext {

    /** Keys as they were installed, copied before the state destroyed them. */
    record InstalledKeys(AeadAlgorithm aead, Bytes key, Bytes iv) {
    }

    /** One thing the state did, in order: a sent message, a CCS, or a key change. */
    record Event(String kind, Bytes bytes) {
    }

    private final EngineConfig config;
    private final List<Event> events = new ArrayList<>();
    private final List<Bytes> sent = new ArrayList<>();
    private final List<InstalledKeys> readKeys = new ArrayList<>();
    private final List<InstalledKeys> writeKeys = new ArrayList<>();
    private int changeCipherSpecs;
    private Optional<ProtocolVersion> version = Optional.empty();
    private Optional<Integer> peerRecordSizeLimit = Optional.empty();
    private Optional<Long> skippedEarlyData = Optional.empty();
    private boolean acceptChangeCipherSpec;
    private Optional<Session> session = Optional.empty();

    RecordingContext(EngineConfig config) {
        this.config = config;
    }

    @Override
    public EngineConfig config() {
        return config;
    }

    @Override
    public Bytes send(HandshakeMessage message) {
        Bytes framed = Handshake.of(message).encoded();
        sent.add(framed);
        events.add(new Event("message", framed));
        return framed;
    }

    @Override
    public void sendFramed(Bytes framed) {
        sent.add(framed);
        events.add(new Event("message", framed));
    }

    @Override
    public void sendChangeCipherSpec() {
        if (changeCipherSpecs++ == 0) {
            events.add(new Event("ccs", Bytes.EMPTY));
        }
    }

    @Override
    public void installReadKeys(TrafficKeys keys) throws TlsException {
        InstalledKeys copy = new InstalledKeys(keys.aead(), Bytes.wrap(keys.key()), Bytes.wrap(keys.iv()));
        readKeys.add(copy);
        events.add(new Event("read keys", copy.key()));
    }

    @Override
    public void installWriteKeys(TrafficKeys keys) {
        try {
            InstalledKeys copy = new InstalledKeys(keys.aead(), Bytes.wrap(keys.key()), Bytes.wrap(keys.iv()));
            writeKeys.add(copy);
            events.add(new Event("write keys", copy.key()));
        } catch (TlsException e) {
            throw new AssertionError("the state installed destroyed keys", e);
        }
    }

    @Override
    public void negotiatedVersion(ProtocolVersion version) {
        this.version = Optional.of(version);
    }

    @Override
    public void peerRecordSizeLimit(int limit) {
        peerRecordSizeLimit = Optional.of(limit);
    }

    @Override
    public void skipRejectedEarlyData(long maxBytes) {
        skippedEarlyData = Optional.of(maxBytes);
    }

    @Override
    public void acceptChangeCipherSpec(boolean accept) {
        acceptChangeCipherSpec = accept;
    }

    @Override
    public void handshakeComplete(Session session) {
        if (this.session.isPresent()) {
            throw new AssertionError("handshakeComplete called twice");
        }
        this.session = Optional.of(session);
    }

    /** Every message sent, framed, in order. */
    List<Bytes> sent() {
        return List.copyOf(sent);
    }

    /** Sent messages from index {@code from} on, as frames. */
    List<Handshake> sentFrames(int from) {
        List<Handshake> frames = new ArrayList<>();
        for (Bytes message : sent.subList(from, sent.size())) {
            try {
                frames.add(Handshake.CODEC.decodeExactly(message.toByteArray(), "sent"));
            } catch (TlsException e) {
                throw new AssertionError("the state sent a malformed frame", e);
            }
        }
        return frames;
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    List<InstalledKeys> readKeys() {
        return List.copyOf(readKeys);
    }

    List<InstalledKeys> writeKeys() {
        return List.copyOf(writeKeys);
    }

    int changeCipherSpecs() {
        return changeCipherSpecs;
    }

    Optional<ProtocolVersion> version() {
        return version;
    }

    Optional<Integer> peerRecordSizeLimit() {
        return peerRecordSizeLimit;
    }

    Optional<Long> skippedEarlyData() {
        return skippedEarlyData;
    }

    boolean acceptsChangeCipherSpec() {
        return acceptChangeCipherSpec;
    }

    Optional<Session> session() {
        return session;
    }
}
