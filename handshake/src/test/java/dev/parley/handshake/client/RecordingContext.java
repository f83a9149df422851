package dev.parley.handshake.client;

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
 * A {@link HandshakeContext} with no record layer behind it: it records, in order, everything a
 * state asks of it (messages sent, keys installed, change_cipher_spec, ...), so tests can compare
 * the client's behaviour with RFC 8448 and with what RFC 8446 demands.
 */
final class RecordingContext implements HandshakeContext {

    /** One thing a state did through the context. */
    sealed interface Event permits Sent, ChangeCipherSpec, ReadKeys, WriteKeys, AcceptChangeCipherSpec, Version,
            RecordSizeLimit, SkipEarlyData, Complete {
    }

    /** A handshake message sent, header included. */
    record Sent(Bytes message) implements Event {
    }

    /** The middlebox-compatibility change_cipher_spec. */
    record ChangeCipherSpec() implements Event {
    }

    /** Read keys installed: a copy of key and IV. */
    record ReadKeys(Bytes key, Bytes iv) implements Event {
    }

    /** Write keys installed: a copy of key and IV. */
    record WriteKeys(Bytes key, Bytes iv) implements Event {
    }

    /** Whether the peer's change_cipher_spec is accepted from now on. */
    record AcceptChangeCipherSpec(boolean accept) implements Event {
    }

    /** The negotiated version. */
    record Version(ProtocolVersion version) implements Event {
    }

    /** The peer's record_size_limit. */
    record RecordSizeLimit(int limit) implements Event {
    }

    /** A request to skip early data (servers only). */
    record SkipEarlyData(long maxBytes) implements Event {
    }

    /** The handshake completed with this session. */
    record Complete(Session session) implements Event {
    }

    private final EngineConfig config;
    private final List<Event> events = new ArrayList<>();

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
        events.add(new Sent(framed));
        return framed;
    }

    @Override
    public void sendFramed(Bytes framed) {
        events.add(new Sent(framed));
    }

    @Override
    public void sendChangeCipherSpec() {
        if (events.stream().noneMatch(ChangeCipherSpec.class::isInstance)) {
            events.add(new ChangeCipherSpec());
        }
    }

    @Override
    public void installReadKeys(TrafficKeys keys) throws TlsException {
        events.add(new ReadKeys(Bytes.wrap(keys.key()), Bytes.wrap(keys.iv())));
    }

    @Override
    public void installWriteKeys(TrafficKeys keys) {
        try {
            events.add(new WriteKeys(Bytes.wrap(keys.key()), Bytes.wrap(keys.iv())));
        } catch (TlsException e) {
            throw new AssertionError("the state handed over destroyed keys", e);
        }
    }

    @Override
    public void negotiatedVersion(ProtocolVersion version) {
        events.add(new Version(version));
    }

    @Override
    public void peerRecordSizeLimit(int limit) {
        events.add(new RecordSizeLimit(limit));
    }

    @Override
    public void skipRejectedEarlyData(long maxBytes) {
        events.add(new SkipEarlyData(maxBytes));
    }

    @Override
    public void acceptChangeCipherSpec(boolean accept) {
        events.add(new AcceptChangeCipherSpec(accept));
    }

    @Override
    public void handshakeComplete(Session session) {
        events.add(new Complete(session));
    }

    /** Everything, in order. */
    List<Event> events() {
        return List.copyOf(events);
    }

    /** The events of one kind, in order. */
    <T extends Event> List<T> events(Class<T> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The handshake messages sent, in order. */
    List<Bytes> sent() {
        return events(Sent.class).stream().map(Sent::message).toList();
    }

    /** The session of handshakeComplete, if it was called (at most once). */
    Optional<Session> session() {
        List<Complete> complete = events(Complete.class);
        if (complete.size() > 1) {
            throw new AssertionError("handshakeComplete was called " + complete.size() + " times");
        }
        return complete.stream().map(Complete::session).findFirst();
    }

    /** The last acceptChangeCipherSpec call, false if there was none. */
    boolean acceptsChangeCipherSpec() {
        List<AcceptChangeCipherSpec> calls = events(AcceptChangeCipherSpec.class);
        return !calls.isEmpty() && calls.get(calls.size() - 1).accept();
    }
}
