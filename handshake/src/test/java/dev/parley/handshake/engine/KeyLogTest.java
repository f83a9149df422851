package dev.parley.handshake.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.KeyLog;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.keys.KeyScheduleEarly;
import dev.parley.handshake.keys.KeyScheduleTraffic;
import dev.parley.handshake.keys.Secret;
import dev.parley.handshake.keys.TrafficSecret;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.TlsException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine hands each generation-0 traffic secret to a configured {@link KeyLog} as it installs
 * the keys, labelled as the NSS key log format labels it and tied to the ClientHello's random.
 * The stand-in handshake ({@link FakeHandshake}) is preceded by a real ClientHello here, so both
 * sides know the random: the client because it sent it, the server because it received it.
 */
class KeyLogTest {

    private static final Bytes RANDOM = Bytes.fromHex(
            "00112233445566778899aabbccddeeff102132435465768798a9bacbdcedfe0f");

    /** One logged line, as the NSS format writes it. */
    private record Line(String label, Bytes clientRandom, Bytes secret) {
        @Override
        public String toString() {
            return label + " " + clientRandom.toHex() + " " + secret.toHex();
        }
    }

    private static KeyLog into(List<Line> lines) {
        return (label, clientRandom, secret) -> lines.add(new Line(label, clientRandom, Bytes.of(secret)));
    }

    private static HandshakeStarter clientWithHello() {
        return context -> {
            context.send(new ClientHello(ProtocolVersion.TLS12, RANDOM, Bytes.EMPTY,
                    List.of(CipherSuite.TLS_AES_128_GCM_SHA256), Bytes.of((byte) 0), List.of(), true));
            return FakeHandshake.client().start(context);
        };
    }

    /** Takes the client's ClientHello, then runs the stand-in server. */
    private static HandshakeStarter serverAfterHello() {
        return context -> {
            HandshakeState fake = FakeHandshake.server().start(context);
            return (HandshakeState) (cx, message) -> {
                if (!message.msgType().equals(HandshakeType.CLIENT_HELLO)) {
                    throw new TlsException(HandshakeFailure.UNEXPECTED_HANDSHAKE_TYPE, "not a ClientHello");
                }
                return fake;
            };
        };
    }

    /** The application secrets the stand-in derives, computed here through the key schedule directly. */
    private static KeyScheduleTraffic expectedSchedule(EngineConfig config) throws TlsException {
        Bytes hash = Bytes.wrap(new byte[HashAlgorithm.SHA256.outputLength()]);
        return KeyScheduleEarly.withoutPsk(config.crypto(), HashAlgorithm.SHA256)
                .handshake(Secret.zeros(32), hash).traffic(hash);
    }

    private static Bytes bytesOf(TrafficSecret secret) throws TlsException {
        return Bytes.wrap(secret.secret().copyBytes());
    }

    @Test
    void bothSidesLogTheApplicationSecretsTheyInstallUnderTheClientRandom() throws TlsException {
        List<Line> clientLines = Collections.synchronizedList(new ArrayList<>());
        List<Line> serverLines = Collections.synchronizedList(new ArrayList<>());
        EngineConfig clientConfig = EngineConfig.builder().keyLog(into(clientLines)).build();
        EngineConfig serverConfig = EngineConfig.builder().keyLog(into(serverLines)).build();
        new EnginePair(TlsEngine.start(clientConfig, clientWithHello()),
                TlsEngine.start(serverConfig, serverAfterHello())).handshake();

        KeyScheduleTraffic expected = expectedSchedule(clientConfig);
        Bytes clientSecret = bytesOf(expected.clientApplicationTrafficSecret0());
        Bytes serverSecret = bytesOf(expected.serverApplicationTrafficSecret0());
        List<Line> both = List.of(new Line("CLIENT_TRAFFIC_SECRET_0", RANDOM, clientSecret),
                new Line("SERVER_TRAFFIC_SECRET_0", RANDOM, serverSecret));
        assertEquals(both, clientLines);
        assertEquals(List.of(both.get(1), both.get(0)), serverLines, "the server installs its write keys first");
        assertEquals("CLIENT_TRAFFIC_SECRET_0 00112233445566778899aabbccddeeff102132435465768798a9bacbdcedfe0f "
                + clientSecret.toHex(), clientLines.get(0).toString());
    }

    @Test
    void updatedSecretsAreNotLogged() throws TlsException {
        List<Line> lines = Collections.synchronizedList(new ArrayList<>());
        EngineConfig config = EngineConfig.builder().keyLog(into(lines)).build();
        EnginePair pair = new EnginePair(TlsEngine.start(config, clientWithHello()),
                TlsEngine.start(FakeHandshake.config(), serverAfterHello())).handshake();
        pair.client().updateKeys(true);
        pair.pump();
        pair.send(pair.client(), new byte[] {1, 2, 3});
        assertEquals(2, lines.size(), "generation 1 secrets follow from generation 0: " + lines);
    }

    @Test
    void aFailingLogDoesNotFailTheConnection() throws TlsException {
        KeyLog broken = (label, clientRandom, secret) -> {
            throw new IllegalStateException("disk full");
        };
        EngineConfig config = EngineConfig.builder().keyLog(broken).build();
        EnginePair pair = new EnginePair(TlsEngine.start(config, clientWithHello()),
                TlsEngine.start(config, serverAfterHello())).handshake();
        assertTrue(pair.client().isHandshakeComplete() && pair.server().isHandshakeComplete());
    }

    @Test
    void withoutAClientHelloThereIsNothingToTieSecretsToAndNothingIsLogged() throws TlsException {
        List<Line> lines = new ArrayList<>();
        EngineConfig config = EngineConfig.builder().keyLog(into(lines)).build();
        new EnginePair(TlsEngine.start(config, FakeHandshake.client()),
                TlsEngine.start(config, FakeHandshake.server())).handshake();
        assertEquals(List.of(), lines);
    }

    @Test
    void labelsFollowTheNssFormat() {
        assertEquals("CLIENT_EARLY_TRAFFIC_SECRET", SecretLog.label(TrafficSecret.Kind.CLIENT_EARLY));
        assertEquals("CLIENT_HANDSHAKE_TRAFFIC_SECRET", SecretLog.label(TrafficSecret.Kind.CLIENT_HANDSHAKE));
        assertEquals("SERVER_HANDSHAKE_TRAFFIC_SECRET", SecretLog.label(TrafficSecret.Kind.SERVER_HANDSHAKE));
    }

    @Test
    void theFirstClientHelloNamesTheConnectionEvenWhenASecondFollows() throws TlsException {
        List<Line> lines = new ArrayList<>();
        SecretLog log = new SecretLog(java.util.Optional.of(into(lines)));
        log.received(Handshake.of(new ClientHello(ProtocolVersion.TLS12, RANDOM, Bytes.EMPTY,
                List.of(CipherSuite.TLS_AES_128_GCM_SHA256), Bytes.of((byte) 0), List.of(), true)));
        // RFC 8446 §4.1.2: a client answering a HelloRetryRequest repeats its random; the first one counts.
        log.sent(Handshake.of(new ClientHello(ProtocolVersion.TLS12, Bytes.wrap(new byte[32]), Bytes.EMPTY,
                List.of(CipherSuite.TLS_AES_128_GCM_SHA256), Bytes.of((byte) 0), List.of(), true)).encoded());
        TrafficSecret secret = expectedSchedule(FakeHandshake.config()).serverApplicationTrafficSecret0();
        log.installing(secret.keys(FakeHandshake.AEAD));
        assertEquals(List.of(new Line("SERVER_TRAFFIC_SECRET_0", RANDOM, bytesOf(secret))), lines);
    }
}
