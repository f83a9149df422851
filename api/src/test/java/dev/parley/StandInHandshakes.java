package dev.parley;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.Session;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.engine.ApplicationTraffic;
import dev.parley.handshake.engine.ConnectedState;
import dev.parley.handshake.engine.HandshakeContext;
import dev.parley.handshake.engine.HandshakeStarter;
import dev.parley.handshake.engine.HandshakeState;
import dev.parley.handshake.keys.KeyScheduleEarly;
import dev.parley.handshake.keys.KeyScheduleTraffic;
import dev.parley.handshake.keys.Secret;
import dev.parley.handshake.keys.TrafficKeys;
import dev.parley.handshake.keys.TrafficSecret;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.EndOfEarlyData;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.KeyUpdate;
import dev.parley.handshake.message.Tls13Messages;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.TlsException;
import dev.parley.x509.Certificate;
import java.util.List;
import java.util.Optional;

/**
 * A stand-in for the TLS 1.3 state machines, like the engine tests' {@code FakeHandshake}: the
 * client sends a ClientHello that nobody reads but the key log, then each side sends one empty
 * "hello" (an EndOfEarlyData message, which has no body), and both derive the
 * same application secrets from fixed inputs through the real key schedule. Records, alerts,
 * closure, key updates and application data are then the engine's real ones, so the adapters are
 * tested over real sockets without the state machines.
 *
 * <p>The sessions it reports carry what the test gives it: the peer certificate each side
 * "received", the ALPN protocol, and on the client the server name it was started with.
 */
final class StandInHandshakes implements Handshakes {

    static final AeadAlgorithm AEAD = AeadAlgorithm.AES_128_GCM;

    private final List<Certificate> serverChain;
    private final Optional<String> alpn;
    private final boolean serverRefuses;

    private StandInHandshakes(List<Certificate> serverChain, Optional<String> alpn, boolean serverRefuses) {
        this.serverChain = serverChain;
        this.alpn = alpn;
        this.serverRefuses = serverRefuses;
    }

    /** Sessions without certificates or ALPN. */
    static StandInHandshakes plain() {
        return new StandInHandshakes(List.of(), Optional.empty(), false);
    }

    /** The client's session reports {@code serverChain} as the server's certificates, and {@code alpn}. */
    static StandInHandshakes withPeer(List<Certificate> serverChain, Optional<String> alpn) {
        return new StandInHandshakes(serverChain, alpn, false);
    }

    /** The server fails every handshake with handshake_failure, as one with nothing in common would. */
    static StandInHandshakes refusing() {
        return new StandInHandshakes(List.of(), Optional.empty(), true);
    }

    @Override
    public HandshakeStarter client(Optional<String> serverName, String sessionKey) {
        return context -> {
            // A real ClientHello first, so a key log has a client random to name the connection by.
            context.send(new ClientHello(ProtocolVersion.TLS12, Bytes.wrap(context.crypto().random().bytes(32)),
                    Bytes.EMPTY, List.of(CipherSuite.TLS_AES_128_GCM_SHA256), Bytes.of((byte) 0), List.of(), true));
            context.send(new EndOfEarlyData());
            KeyScheduleTraffic traffic = schedule(context);
            TrafficKeys write = traffic.clientApplicationTrafficSecret0().keys(AEAD);
            context.installWriteKeys(write);
            write.destroy();
            return new WaitHello(traffic, true, serverName, serverChain, alpn, false);
        };
    }

    @Override
    public HandshakeStarter server() {
        return context -> new WaitClientHello(new WaitHello(schedule(context), false, Optional.empty(), List.of(), alpn,
                serverRefuses));
    }

    /** The server's first state: takes the ClientHello and waits for the hello behind it. */
    private record WaitClientHello(WaitHello next) implements HandshakeState {
        @Override
        public HandshakeState handle(HandshakeContext context, Handshake message) throws TlsException {
            if (!message.msgType().equals(HandshakeType.CLIENT_HELLO)) {
                throw new TlsException(HandshakeFailure.UNEXPECTED_HANDSHAKE_TYPE, "not a ClientHello");
            }
            return next;
        }
    }

    private static KeyScheduleTraffic schedule(HandshakeContext context) throws TlsException {
        Bytes hash = Bytes.wrap(new byte[HashAlgorithm.SHA256.outputLength()]);
        return KeyScheduleEarly.withoutPsk(context.crypto(), HashAlgorithm.SHA256)
                .handshake(Secret.zeros(32), hash)
                .traffic(hash);
    }

    /** Waits for the peer's hello; the client's write keys are already in place. */
    private record WaitHello(KeyScheduleTraffic traffic, boolean client, Optional<String> serverName,
                             List<Certificate> peerChain, Optional<String> alpn, boolean refuse)
            implements HandshakeState {
        @Override
        public HandshakeState handle(HandshakeContext context, Handshake message) throws TlsException {
            if (!(Tls13Messages.decode(message) instanceof EndOfEarlyData)) {
                throw new TlsException(HandshakeFailure.UNEXPECTED_HANDSHAKE_TYPE, "not a stand-in hello");
            }
            if (refuse) {
                throw new TlsException(StandInFailure.NOTHING_IN_COMMON, "the stand-in server refuses everyone");
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
            context.negotiatedVersion(ProtocolVersion.TLS13);
            context.handshakeComplete(new Session(ProtocolVersion.TLS13, CipherSuite.TLS_AES_128_GCM_SHA256,
                    Optional.of(NamedGroup.X25519), Optional.empty(), Optional.empty(), peerChain, List.of(), alpn, serverName,
                    false, false));
            return new Connected(new ApplicationTraffic(AEAD, mine, peers, traffic.exporterMasterSecret()));
        }
    }

    /** Connected: only KeyUpdate is welcome. */
    private record Connected(ApplicationTraffic traffic) implements ConnectedState {
        @Override
        public HandshakeState handle(HandshakeContext context, Handshake message) throws TlsException {
            if (Tls13Messages.decode(message) instanceof KeyUpdate update) {
                traffic.receive(context, update);
                return this;
            }
            throw new TlsException(HandshakeFailure.UNEXPECTED_HANDSHAKE_TYPE, "unexpected " + message.msgType());
        }
    }
}
