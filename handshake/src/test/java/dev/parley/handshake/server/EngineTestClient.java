package dev.parley.handshake.server;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.handshake.CertifiedKey;
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
import dev.parley.handshake.extension.KeyShareClientHello;
import dev.parley.handshake.extension.KeyShareHelloRetryRequest;
import dev.parley.handshake.extension.OfferedPsks;
import dev.parley.handshake.keys.KeyScheduleTraffic;
import dev.parley.handshake.keys.TrafficKeys;
import dev.parley.handshake.keys.TrafficSecret;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.HelloRetryRequest;
import dev.parley.handshake.message.KeyUpdate;
import dev.parley.handshake.message.NewSessionTicket;
import dev.parley.handshake.message.Tls13Messages;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.TlsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@link TestClient} as the states of a client engine, so the server states can be tested
 * through {@code TlsEngine} and {@code EnginePair}: real records, real key changes, real
 * change_cipher_spec handling. It follows RFC 8446 §7.3 for its keys, answers one
 * HelloRetryRequest, keeps the tickets it receives, and offers a ticket when given one.
 */
final class EngineTestClient implements HandshakeStarter {

    /** A ticket the client received, with its PSK. */
    record Ticket(NewSessionTicket ticket, byte[] psk) {
    }

    private final TestClient client;
    private final Function<TestClient, ClientHelloBuilder> hello;
    private final Optional<Ticket> resume;
    private final Optional<CertifiedKey> certificate;
    private final List<Ticket> tickets = new ArrayList<>();
    private ClientHelloBuilder builder;

    EngineTestClient(String seed, Function<TestClient, ClientHelloBuilder> hello, Optional<Ticket> resume,
                     Optional<CertifiedKey> certificate) {
        this.client = new TestClient(ServerFixtures.crypto(seed));
        this.hello = hello;
        this.resume = resume;
        this.certificate = certificate;
    }

    /** The tickets received so far. */
    List<Ticket> tickets() {
        return List.copyOf(tickets);
    }

    @Override
    public HandshakeState start(HandshakeContext cx) throws TlsException {
        builder = hello.apply(client);
        sendHello(cx);
        cx.acceptChangeCipherSpec(true);
        return this::serverHello;
    }

    private void sendHello(HandshakeContext cx) throws TlsException {
        if (resume.isPresent()) {
            Ticket ticket = resume.get();
            builder.put(OfferedPsks.EXTENSION, TestClient.offer(ticket.ticket().ticket(), ticket.ticket().ticketAgeAdd(),
                    HashAlgorithm.SHA256.outputLength()));
            cx.sendFramed(client.sendWithPsk(builder.build(), HashAlgorithm.SHA256, ticket.psk()).encoded());
        } else {
            cx.sendFramed(client.send(builder.build()).encoded());
        }
    }

    private HandshakeState serverHello(HandshakeContext cx, Handshake frame) throws TlsException {
        client.receive(frame);
        if (Tls13Messages.decode(frame) instanceof HelloRetryRequest retry) {
            NamedGroup group = retry.extension(KeyShareHelloRetryRequest.EXTENSION).orElseThrow().selectedGroup();
            builder.put(KeyShareClientHello.EXTENSION, new KeyShareClientHello(List.of(client.share(group))));
            sendHello(cx);
            return this::serverHello;
        }
        cx.negotiatedVersion(ProtocolVersion.TLS13);
        install(cx, client.handshakeSecrets().serverHandshakeTrafficSecret(), false);
        return this::serverFlight;
    }

    private HandshakeState serverFlight(HandshakeContext cx, Handshake frame) throws TlsException {
        client.receive(frame);
        if (!frame.msgType().equals(HandshakeType.FINISHED)) {
            return this::serverFlight;
        }
        install(cx, client.handshakeSecrets().clientHandshakeTrafficSecret(), true);
        for (Handshake message : client.secondFlight(certificate)) {
            cx.sendFramed(message.encoded());
        }
        KeyScheduleTraffic traffic = client.trafficSecrets();
        install(cx, traffic.clientApplicationTrafficSecret0(), true);
        install(cx, traffic.serverApplicationTrafficSecret0(), false);
        cx.acceptChangeCipherSpec(false);
        CipherSuite suite = client.suite();
        cx.handshakeComplete(new Session(ProtocolVersion.TLS13, suite, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of(), Optional.empty(), Optional.empty(), false, false));
        return new Connected(new ApplicationTraffic(aead(), traffic.clientApplicationTrafficSecret0(),
                traffic.serverApplicationTrafficSecret0(), traffic.exporterMasterSecret()));
    }

    private void install(HandshakeContext cx, TrafficSecret secret, boolean write) throws TlsException {
        TrafficKeys keys = secret.keys(aead());
        if (write) {
            cx.installWriteKeys(keys);
        } else {
            cx.installReadKeys(keys);
        }
        keys.destroy();
    }

    private AeadAlgorithm aead() {
        return client.suite().aead().orElseThrow();
    }

    /** After the handshake: tickets are kept, KeyUpdates followed. */
    private final class Connected implements ConnectedState {
        private final ApplicationTraffic traffic;

        Connected(ApplicationTraffic traffic) {
            this.traffic = traffic;
        }

        @Override
        public ApplicationTraffic traffic() {
            return traffic;
        }

        @Override
        public HandshakeState handle(HandshakeContext cx, Handshake frame) throws TlsException {
            Object message = Tls13Messages.decode(frame);
            if (message instanceof NewSessionTicket ticket) {
                tickets.add(new Ticket(ticket, client.resumptionPsk(ticket)));
            } else if (message instanceof KeyUpdate update) {
                traffic.receive(cx, update);
            } else {
                throw new TlsException(HandshakeFailure.UNEXPECTED_HANDSHAKE_TYPE, "client got " + frame.msgType());
            }
            return this;
        }
    }
}
