package dev.parley.handshake.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.CertifiedKey;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.Session;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.extension.CertificateStatus;
import dev.parley.handshake.extension.CertificateStatusRequest;
import dev.parley.handshake.extension.Empty;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.NamedGroupList;
import dev.parley.handshake.extension.OcspStatusRequest;
import dev.parley.handshake.extension.ProtocolNameList;
import dev.parley.handshake.extension.RecordSizeLimit;
import dev.parley.handshake.extension.ServerName;
import dev.parley.handshake.extension.ServerNameList;
import dev.parley.handshake.message.Certificate;
import dev.parley.handshake.message.EncryptedExtensions;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.ServerHello;
import dev.parley.handshake.message.Tls13Messages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What the server chooses and announces: suite order, SNI certificates (RFC 6066 §3), ALPN
 * (RFC 7301 §3.2), the OCSP staple (RFC 8446 §4.4.2.1), record_size_limit (RFC 8449 §4) and the
 * middlebox compatibility echo (§D.4).
 */
class NegotiationTest {

    /** Runs a whole handshake of the hello {@code hello} makes for a new client; returns the server. */
    private static ServerUnderTest handshake(EngineConfig config, Function<TestClient, ClientHelloBuilder> hello)
            throws Exception {
        ServerUnderTest server = new ServerUnderTest(config);
        TestClient client = new TestClient(ServerFixtures.crypto("negotiation client"));
        client.receiveAll(server.feed(client.send(hello.apply(client).build())));
        server.feed(client.secondFlight(Optional.empty()).get(0));
        return server;
    }

    private static <T> T message(ServerUnderTest server, Class<T> type) throws Exception {
        for (Handshake frame : server.cx.sentFrames(0)) {
            Object message = Tls13Messages.decode(frame, 32);
            if (type.isInstance(message)) {
                return type.cast(message);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " was sent");
    }

    @Test
    void prefersTheServersSuiteOrderUnlessToldOtherwise() throws Exception {
        Function<TestClient, ClientHelloBuilder> hello = c -> new ClientHelloBuilder(c).suites(
                CipherSuite.TLS_CHACHA20_POLY1305_SHA256, CipherSuite.TLS_AES_256_GCM_SHA384);
        EngineConfig config = ServerFixtures.server("suites").build();
        assertEquals(CipherSuite.TLS_AES_256_GCM_SHA384, handshake(config, hello).cx.session().orElseThrow()
                .cipherSuite());
        assertEquals(CipherSuite.TLS_CHACHA20_POLY1305_SHA256, handshake(config.toBuilder()
                .serverCipherPreference(false).build(), hello).cx.session().orElseThrow().cipherSuite());
    }

    @Test
    void picksTheCertificateOfTheSniNameAndEchoesIt() throws Exception {
        ServerUnderTest server = handshake(ServerFixtures.server("sni").build(),
                c -> new ClientHelloBuilder(c).serverName("Other.Example"));
        Session session = server.cx.session().orElseThrow();
        assertEquals(ServerFixtures.OTHER_ECDSA.chain(), session.localCertificates());
        assertEquals(Optional.of("other.example"), session.serverName());
        assertTrue(Empty.SERVER_NAME.find(message(server, EncryptedExtensions.class).extensions()).isPresent(),
                "RFC 6066 §3: an empty server_name says the name was used");
    }

    @Test
    void usesTheDefaultCertificateForAnUnknownName() throws Exception {
        ServerUnderTest server = handshake(ServerFixtures.server("sni").build(),
                c -> new ClientHelloBuilder(c).serverName("unknown.example"));
        assertEquals(ServerFixtures.SERVER_ECDSA.chain(), server.cx.session().orElseThrow().localCertificates());
    }

    @Test
    void ignoresAnIpLiteralInSni() throws Exception {
        ServerUnderTest server = handshake(ServerFixtures.server("sni").build(), c -> new ClientHelloBuilder(c)
                .put(ServerNameList.EXTENSION, new ServerNameList(List.of(ServerName.hostName("192.0.2.1")))));
        assertEquals(Optional.empty(), server.cx.session().orElseThrow().serverName());
        assertTrue(Empty.SERVER_NAME.find(message(server, EncryptedExtensions.class).extensions()).isEmpty());
    }

    @Test
    void selectsAlpnInServerOrderAndIgnoresItWithoutProtocols() throws Exception {
        EngineConfig config = ServerFixtures.server("alpn").applicationProtocols(List.of("h2", "http/1.1")).build();
        ServerUnderTest server = handshake(config, c -> new ClientHelloBuilder(c)
                .put(ProtocolNameList.EXTENSION, ProtocolNameList.of("http/1.1", "h2")));
        assertEquals(Optional.of("h2"), server.cx.session().orElseThrow().applicationProtocol());
        assertEquals(ProtocolNameList.of("h2"), ProtocolNameList.EXTENSION.find(
                message(server, EncryptedExtensions.class).extensions()).orElseThrow());

        ServerUnderTest without = handshake(ServerFixtures.server("no alpn").build(), c -> new ClientHelloBuilder(c)
                .put(ProtocolNameList.EXTENSION, ProtocolNameList.of("h2")));
        assertEquals(Optional.empty(), without.cx.session().orElseThrow().applicationProtocol());
        assertTrue(ProtocolNameList.EXTENSION.find(message(without, EncryptedExtensions.class).extensions()).isEmpty());
    }

    @Test
    void staplesTheOcspResponseWhenAskedFor() throws Exception {
        Bytes staple = Bytes.fromHex("30030a0100");
        CertifiedKey stapled = new CertifiedKey(ServerFixtures.SERVER_ECDSA.chain(),
                ServerFixtures.SERVER_ECDSA.privateKey(), Optional.of(staple));
        EngineConfig config = ServerFixtures.server("ocsp").certificates(List.of(stapled))
                .certificatesByServerName(Map.of()).build();
        ServerUnderTest asked = handshake(config, c -> new ClientHelloBuilder(c)
                .put(CertificateStatusRequest.EXTENSION, CertificateStatusRequest.ocsp(OcspStatusRequest.EMPTY)));
        assertEquals(Optional.of(CertificateStatus.ocsp(staple)),
                message(asked, Certificate.class).certificateList().get(0).certificateStatus());

        ServerUnderTest notAsked = handshake(config, c -> new ClientHelloBuilder(c));
        assertTrue(message(notAsked, Certificate.class).certificateList().get(0).extensions().isEmpty());
    }

    @Test
    void answersRecordSizeLimitAndListsItsGroups() throws Exception {
        ServerUnderTest server = handshake(ServerFixtures.server("limits").build(), c -> new ClientHelloBuilder(c)
                .put(RecordSizeLimit.EXTENSION, new RecordSizeLimit(1000)));
        assertEquals(Optional.of(1000), server.cx.peerRecordSizeLimit());
        List<Extension> extensions = message(server, EncryptedExtensions.class).extensions();
        assertEquals(Optional.of(new RecordSizeLimit(16385)), RecordSizeLimit.EXTENSION.find(extensions));
        assertEquals(Optional.of(new NamedGroupList(List.of(NamedGroup.X25519, NamedGroup.SECP256R1,
                NamedGroup.SECP384R1))), NamedGroupList.EXTENSION.find(extensions));

        ServerUnderTest without = handshake(ServerFixtures.server("limits").build(), c -> new ClientHelloBuilder(c));
        assertEquals(Optional.empty(), without.cx.peerRecordSizeLimit());
        assertTrue(message(without, EncryptedExtensions.class).extensions().stream()
                .noneMatch(e -> e.extensionType().equals(ExtensionType.RECORD_SIZE_LIMIT)));
    }

    @Test
    void echoesTheSessionIdAndSendsAChangeCipherSpecAfterTheServerHello() throws Exception {
        Bytes sessionId = Bytes.fromHex("cd".repeat(32));
        ServerUnderTest server = handshake(ServerFixtures.server("compat").build(), c -> {
            ClientHelloBuilder hello = new ClientHelloBuilder(c);
            hello.sessionId = sessionId;
            return hello;
        });
        assertEquals(sessionId, message(server, ServerHello.class).legacySessionIdEcho());
        assertEquals(List.of("message", "ccs", "write keys"), server.cx.events().subList(0, 3).stream()
                .map(RecordingContext.Event::kind).toList(), "RFC 8446 §D.4: the CCS right after the ServerHello");
    }
}
