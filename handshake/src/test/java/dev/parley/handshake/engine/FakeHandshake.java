package dev.parley.handshake.engine;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.Session;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.KeyUpdateRequest;
import dev.parley.handshake.keys.KeyScheduleEarly;
import dev.parley.handshake.keys.KeyScheduleTraffic;
import dev.parley.handshake.keys.Secret;
import dev.parley.handshake.keys.TrafficKeys;
import dev.parley.handshake.keys.TrafficSecret;
import dev.parley.handshake.message.EndOfEarlyData;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.KeyUpdate;
import dev.parley.handshake.message.Tls13Messages;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.TlsException;
import java.util.List;
import java.util.Optional;

/**
 * A stand-in handshake for testing the engine core on its own: each side sends one empty
 * "hello" (an EndOfEarlyData message, chosen because it has no body) in plaintext, and both derive
 * the same TLS 1.3 application secrets from fixed inputs through the real key schedule. What the
 * engine does with records, alerts, closure, key updates and application data is then real.
 */
final class FakeHandshake {

    static final AeadAlgorithm AEAD = AeadAlgorithm.AES_128_GCM;

    private FakeHandshake() {
    }

    static HandshakeStarter client() {
        return context -> {
            context.send(new EndOfEarlyData());
            context.acceptChangeCipherSpec(true);
            KeyScheduleTraffic traffic = schedule(context);
            TrafficKeys write = traffic.clientApplicationTrafficSecret0().keys(AEAD);
            context.installWriteKeys(write);
            write.destroy();
            return new WaitHello(traffic, true);
        };
    }

    static HandshakeStarter server() {
        return context -> new WaitHello(schedule(context), false);
    }

    private static KeyScheduleTraffic schedule(HandshakeContext context) throws TlsException {
        Bytes hash = Bytes.wrap(new byte[HashAlgorithm.SHA256.outputLength()]);
        return KeyScheduleEarly.withoutPsk(context.crypto(), HashAlgorithm.SHA256)
                .handshake(Secret.zeros(32), hash)
                .traffic(hash);
    }

    /** Waits for the peer's hello; the client's write keys are already in place. */
    record WaitHello(KeyScheduleTraffic traffic, boolean client) implements HandshakeState {
        @Override
        public HandshakeState handle(HandshakeContext context, Handshake message) throws TlsException {
            if (!(Tls13Messages.decode(message) instanceof EndOfEarlyData)) {
                throw new TlsException(HandshakeFailure.UNEXPECTED_HANDSHAKE_TYPE, "not a hello");
            }
            TrafficSecret mine = client ? traffic.clientApplicationTrafficSecret0() : traffic.serverApplicationTrafficSecret0();
            TrafficSecret peers = client ? traffic.serverApplicationTrafficSecret0() : traffic.clientApplicationTrafficSecret0();
            if (!client) {
                context.send(new EndOfEarlyData());
                TrafficKeys write = mine.keys(AEAD);
                context.installWriteKeys(write);
                write.destroy();
            }
            TrafficKeys read = peers.keys(AEAD);
            context.installReadKeys(read);
            read.destroy();
            context.acceptChangeCipherSpec(false);
            context.negotiatedVersion(ProtocolVersion.TLS13);
            context.handshakeComplete(new Session(ProtocolVersion.TLS13, CipherSuite.TLS_AES_128_GCM_SHA256,
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(),
                    false, false));
            return new Connected(new ApplicationTraffic(AEAD, mine, peers, traffic.exporterMasterSecret()));
        }
    }

    /** Connected: only KeyUpdate is welcome. */
    record Connected(ApplicationTraffic traffic) implements ConnectedState {
        @Override
        public HandshakeState handle(HandshakeContext context, Handshake message) throws TlsException {
            if (Tls13Messages.decode(message) instanceof KeyUpdate update) {
                traffic.receive(context, update);
                return this;
            }
            throw new TlsException(HandshakeFailure.UNEXPECTED_HANDSHAKE_TYPE,
                    "unexpected " + message.msgType());
        }
    }

    static EngineConfig config() {
        return EngineConfig.builder().build();
    }

    static KeyUpdate keyUpdate(boolean request) {
        return new KeyUpdate(request ? KeyUpdateRequest.UPDATE_REQUESTED : KeyUpdateRequest.UPDATE_NOT_REQUESTED);
    }
}
