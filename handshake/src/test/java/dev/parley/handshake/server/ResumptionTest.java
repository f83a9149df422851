package dev.parley.handshake.server;

import static dev.parley.handshake.server.Alerts.assertAlert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.handshake.ClientAuth;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.PeerVerifier;
import dev.parley.handshake.Session;
import dev.parley.handshake.TicketKey;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.PskKeyExchangeMode;
import dev.parley.handshake.extension.KeyShareClientHello;
import dev.parley.handshake.extension.OfferedPsks;
import dev.parley.handshake.extension.PreSharedKeyServerHello;
import dev.parley.handshake.extension.PskIdentity;
import dev.parley.handshake.extension.PskKeyExchangeModes;
import dev.parley.handshake.keys.KeyScheduleFailure;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.NewSessionTicket;
import dev.parley.handshake.message.ServerHello;
import dev.parley.handshake.message.Tls13Messages;
import dev.parley.record.AlertDescription;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Session tickets and PSK resumption (RFC 8446 §4.6.1, §4.2.9, §4.2.11): what the server issues,
 * which tickets it accepts, and that every unusable ticket means a full handshake, never a
 * failure, while a bad binder is decrypt_error.
 */
class ResumptionTest {

    private static final HashAlgorithm SHA256 = HashAlgorithm.SHA256;

    /** A ticket and the PSK the client derived for it. */
    private record Issued(NewSessionTicket ticket, byte[] psk, List<NewSessionTicket> all) {
    }

    private static EngineConfig.Builder config() {
        return ServerFixtures.server("resumption");
    }

    /** A full handshake against {@code config}, as a client with SNI {@code name}; its first ticket. */
    private static Issued fullHandshake(EngineConfig config, Optional<String> name) throws Exception {
        ServerUnderTest server = new ServerUnderTest(config);
        TestClient client = new TestClient(ServerFixtures.crypto("first client"));
        ClientHelloBuilder hello = new ClientHelloBuilder(client);
        name.ifPresent(hello::serverName);
        client.receiveAll(server.feed(client.send(hello.build())));
        List<Handshake> tickets = List.of();
        for (Handshake message : client.secondFlight(config.clientAuth() == ClientAuth.NONE ? Optional.empty()
                : Optional.of(ServerFixtures.CLIENT_ED25519))) {
            tickets = server.feed(message);
        }
        List<NewSessionTicket> all = tickets.stream().map(ResumptionTest::ticket).toList();
        return new Issued(all.get(0), client.resumptionPsk(all.get(0)), all);
    }

    private static NewSessionTicket ticket(Handshake frame) {
        try {
            return (NewSessionTicket) Tls13Messages.decode(frame);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A resumption attempt: the flight the server answers a PSK ClientHello with. */
    private static List<Handshake> resume(ServerUnderTest server, TestClient client, ClientHelloBuilder hello,
                                          Issued issued) throws Exception {
        ClientHello offer = hello.put(OfferedPsks.EXTENSION,
                TestClient.offer(issued.ticket().ticket(), issued.ticket().ticketAgeAdd() + 1000, 32)).build();
        List<Handshake> flight = server.feed(client.sendWithPsk(offer, SHA256, issued.psk()));
        client.receiveAll(flight);
        return flight;
    }

    private static boolean resumed(List<Handshake> flight) throws Exception {
        ServerHello hello = (ServerHello) Tls13Messages.decode(flight.get(0));
        boolean psk = hello.extension(PreSharedKeyServerHello.EXTENSION).isPresent();
        boolean certificate = flight.stream().anyMatch(f -> f.msgType().equals(HandshakeType.CERTIFICATE));
        assertNotEquals(psk, certificate, "a resumption sends no Certificate, a full handshake does");
        return psk;
    }

    @Test
    void issuesTicketsAsConfigured() throws Exception {
        Issued issued = fullHandshake(config().ticketLifetime(Duration.ofMinutes(90)).ticketsPerHandshake(3).build(),
                Optional.empty());
        assertEquals(3, issued.all().size());
        for (int i = 0; i < 3; i++) {
            NewSessionTicket ticket = issued.all().get(i);
            assertEquals(5400, ticket.ticketLifetime());
            assertEquals(Bytes.of((byte) 0, (byte) i), ticket.ticketNonce(), "RFC 8446 §4.6.1: a unique nonce");
            assertTrue(ticket.extensions().isEmpty(), "no early_data: Parley never accepts 0-RTT");
        }
        assertNotEquals(issued.all().get(0).ticketAgeAdd(), issued.all().get(1).ticketAgeAdd());
    }

    @Test
    void resumesWithAnIssuedTicket() throws Exception {
        EngineConfig config = config().build();
        Issued issued = fullHandshake(config, Optional.of("server.example"));
        ServerUnderTest server = new ServerUnderTest(config);
        TestClient client = new TestClient(ServerFixtures.crypto("resuming client"));
        List<Handshake> flight = resume(server, client, new ClientHelloBuilder(client).serverName("server.example"),
                issued);

        assertTrue(resumed(flight));
        assertEquals(List.of(HandshakeType.SERVER_HELLO, HandshakeType.ENCRYPTED_EXTENSIONS, HandshakeType.FINISHED),
                flight.stream().map(Handshake::msgType).toList());
        List<Handshake> tickets = server.feed(client.secondFlight(Optional.empty()).get(0));
        Session session = server.cx.session().orElseThrow();
        assertTrue(session.resumed());
        assertEquals(Optional.of("server.example"), session.serverName());
        assertTrue(session.localCertificates().isEmpty());
        assertEquals(2, tickets.size(), "a resumed session gets fresh tickets");
    }

    @Test
    void resumesAcrossEnginesOfAConfigWithDefaultTicketKeys() throws Exception {
        EngineConfig shared = EngineConfig.builder().crypto(ServerFixtures.crypto("default keys"))
                .clock(ServerFixtures.CLOCK).certificates(List.of(ServerFixtures.SERVER_ECDSA)).build();
        Issued issued = fullHandshake(shared, Optional.empty());
        assertTrue(resumedWith(shared, Optional.empty(), issued), "one default key set serves every engine");
        EngineConfig copy = shared.toBuilder().build();
        assertFalse(resumedWith(copy, Optional.empty(), issued), "another config has its own default keys");
    }

    @Test
    void keepsTheClientChainOfTheOriginalSession() throws Exception {
        EngineConfig config = config().clientAuth(ClientAuth.REQUIRED).peerVerifier(PeerVerifier.insecureAcceptAnything())
                .build();
        Issued issued = fullHandshake(config, Optional.empty());
        ServerUnderTest server = new ServerUnderTest(config);
        TestClient client = new TestClient(ServerFixtures.crypto("resuming client"));
        List<Handshake> flight = resume(server, client, new ClientHelloBuilder(client), issued);

        assertTrue(resumed(flight));
        assertFalse(flight.stream().anyMatch(f -> f.msgType().equals(HandshakeType.CERTIFICATE_REQUEST)),
                "RFC 8446 §4.3.2: no CertificateRequest when resuming");
        server.feed(client.secondFlight(Optional.empty()).get(0));
        assertEquals(ServerFixtures.CLIENT_ED25519.chain(), server.cx.session().orElseThrow().peerCertificates());
    }

    @Test
    void refusesABinderThatDoesNotVerify() throws Exception {
        EngineConfig config = config().build();
        Issued issued = fullHandshake(config, Optional.empty());
        byte[] wrongPsk = issued.psk().clone();
        wrongPsk[0] ^= 1;
        TestClient client = new TestClient(ServerFixtures.crypto("forger"));
        assertAlert(KeyScheduleFailure.PSK_BINDER_MISMATCH, AlertDescription.DECRYPT_ERROR,
                () -> resume(new ServerUnderTest(config), client, new ClientHelloBuilder(client),
                        new Issued(issued.ticket(), wrongPsk, issued.all())));
    }

    @Test
    void resumesAfterAHelloRetryRequest() throws Exception {
        EngineConfig config = config().build();
        Issued issued = fullHandshake(config, Optional.empty());
        ServerUnderTest server = new ServerUnderTest(config);
        TestClient client = new TestClient(ServerFixtures.crypto("retrying client"));
        ClientHelloBuilder first = new ClientHelloBuilder(client, NamedGroup.X448).groups(NamedGroup.X448,
                NamedGroup.SECP256R1);
        ClientHello offer = first.put(OfferedPsks.EXTENSION, TestClient.offer(issued.ticket().ticket(), 7, 32)).build();
        client.receiveAll(server.feed(client.sendWithPsk(offer, SHA256, issued.psk())));
        first.put(KeyShareClientHello.EXTENSION, new KeyShareClientHello(List.of(client.share(NamedGroup.SECP256R1))));
        List<Handshake> flight = resume(server, client, first, issued);
        assertTrue(resumed(flight), "RFC 8446 §4.2.11.2: the binder covers message_hash and the retry request");
        server.feed(client.secondFlight(Optional.empty()).get(0));
        assertTrue(server.cx.session().orElseThrow().helloRetryRequest());
    }

    @Test
    void selectsTheFirstIdentityThatIsOurs() throws Exception {
        EngineConfig config = config().build();
        Issued issued = fullHandshake(config, Optional.empty());
        ServerUnderTest server = new ServerUnderTest(config);
        TestClient client = new TestClient(ServerFixtures.crypto("two identities"));
        ClientHello offer = new ClientHelloBuilder(client).put(OfferedPsks.EXTENSION, new OfferedPsks(List.of(
                new PskIdentity(Bytes.fromHex("0102030405"), 0), new PskIdentity(issued.ticket().ticket(), 0)),
                List.of(Bytes.wrap(new byte[32]), Bytes.wrap(new byte[32])))).build();
        List<Handshake> flight = server.feed(client.sendWithPsk(offer, SHA256, issued.psk(), 1));
        ServerHello hello = (ServerHello) Tls13Messages.decode(flight.get(0));
        assertEquals(1, hello.extension(PreSharedKeyServerHello.EXTENSION).orElseThrow().selectedIdentity());
    }

    @Test
    void ignoresPsksOfferedOnlyForPskKe() throws Exception {
        EngineConfig config = config().build();
        Issued issued = fullHandshake(config, Optional.empty());
        ServerUnderTest server = new ServerUnderTest(config);
        TestClient client = new TestClient(ServerFixtures.crypto("psk_ke client"));
        List<Handshake> flight = resume(server, client, new ClientHelloBuilder(client).put(PskKeyExchangeModes.EXTENSION,
                new PskKeyExchangeModes(List.of(PskKeyExchangeMode.PSK_KE))), issued);
        assertFalse(resumed(flight), "RFC 8446 §4.2.9: Parley resumes with psk_dhe_ke only");
        List<Handshake> after = server.feed(client.secondFlight(Optional.empty()).get(0));
        assertTrue(after.isEmpty(), "RFC 8446 §4.2.9: no tickets the client's modes cannot use");
    }

    @Test
    void fallsBackToAFullHandshakeForATamperedTicket() throws Exception {
        EngineConfig config = config().build();
        Issued issued = fullHandshake(config, Optional.empty());
        byte[] tampered = issued.ticket().ticket().toByteArray();
        tampered[tampered.length - 1] ^= 1;
        assertFalse(resumedWith(config, Optional.empty(), withTicket(issued, Bytes.wrap(tampered))));
    }

    @Test
    void fallsBackToAFullHandshakeForAnExpiredTicket() throws Exception {
        Issued issued = fullHandshake(config().ticketLifetime(Duration.ofHours(1)).build(), Optional.empty());
        EngineConfig later = config().clock(Clock.fixed(ServerFixtures.NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC))
                .build();
        assertFalse(resumedWith(later, Optional.empty(), issued));
        EngineConfig justInTime = config().clock(Clock.fixed(ServerFixtures.NOW.plus(Duration.ofMinutes(59)),
                ZoneOffset.UTC)).build();
        assertTrue(resumedWith(justInTime, Optional.empty(), issued));
    }

    @Test
    void fallsBackToAFullHandshakeForAnUnknownKey() throws Exception {
        Issued issued = fullHandshake(config().build(), Optional.empty());
        EngineConfig otherKeys = config().ticketKeys(ServerFixtures.ticketKeys(ServerFixtures.ticketKey("B"))).build();
        assertFalse(resumedWith(otherKeys, Optional.empty(), issued));
    }

    @Test
    void acceptsATicketOfAnOlderKeyAndReissuesUnderTheCurrentOne() throws Exception {
        Issued issued = fullHandshake(config().build(), Optional.empty());
        TicketKey current = ServerFixtures.ticketKey("B");
        EngineConfig rotated = config().ticketKeys(ServerFixtures.ticketKeys(current, ServerFixtures.ticketKey("A")))
                .build();
        ServerUnderTest server = new ServerUnderTest(rotated);
        TestClient client = new TestClient(ServerFixtures.crypto("rotation client"));
        assertTrue(resumed(resume(server, client, new ClientHelloBuilder(client), issued)));
        List<Handshake> tickets = server.feed(client.secondFlight(Optional.empty()).get(0));
        assertEquals(current.name(), ticket(tickets.get(0)).ticket().slice(0, TicketKey.NAME_LENGTH));
    }

    @Test
    void fallsBackToAFullHandshakeForAnotherServerName() throws Exception {
        EngineConfig config = config().build();
        Issued issued = fullHandshake(config, Optional.of("server.example"));
        assertFalse(resumedWith(config, Optional.of("other.example"), issued));
        assertFalse(resumedWith(config, Optional.empty(), issued));
        assertTrue(resumedWith(config, Optional.of("SERVER.example"), issued), "names compare without case");
    }

    @Test
    void fallsBackToAFullHandshakeForASuiteWithAnotherHash() throws Exception {
        EngineConfig config = config().build();
        Issued issued = fullHandshake(config, Optional.empty());
        ServerUnderTest server = new ServerUnderTest(config);
        TestClient client = new TestClient(ServerFixtures.crypto("sha384 client"));
        List<Handshake> flight = resume(server, client, new ClientHelloBuilder(client)
                .suites(CipherSuite.TLS_AES_256_GCM_SHA384), issued);
        assertFalse(resumed(flight), "RFC 8446 §4.2.11: a SHA-256 PSK cannot serve a SHA-384 suite");
    }

    @Test
    void issuesNoTicketsWhenDisabled() throws Exception {
        for (EngineConfig config : List.of(config().ticketsPerHandshake(0).build(),
                config().ticketLifetime(Duration.ZERO).build())) {
            ServerUnderTest server = new ServerUnderTest(config);
            TestClient client = new TestClient(ServerFixtures.crypto("no tickets"));
            client.receiveAll(server.feed(client.send(new ClientHelloBuilder(client).build())));
            assertTrue(server.feed(client.secondFlight(Optional.empty()).get(0)).isEmpty());
        }
    }

    private static Issued withTicket(Issued issued, Bytes ticket) {
        NewSessionTicket original = issued.ticket();
        return new Issued(new NewSessionTicket(original.ticketLifetime(), original.ticketAgeAdd(),
                original.ticketNonce(), ticket, List.of()), issued.psk(), issued.all());
    }

    private static boolean resumedWith(EngineConfig config, Optional<String> name, Issued issued) throws Exception {
        ServerUnderTest server = new ServerUnderTest(config);
        TestClient client = new TestClient(ServerFixtures.crypto("resumption attempt"));
        ClientHelloBuilder hello = new ClientHelloBuilder(client);
        name.ifPresent(hello::serverName);
        List<Handshake> flight = resume(server, client, hello, issued);
        server.feed(client.secondFlight(Optional.empty()).get(0));
        assertEquals(resumed(flight), server.cx.session().orElseThrow().resumed());
        return resumed(flight);
    }
}
