package dev.parley.handshake.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.handshake.Session;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.ProtocolVersion;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whole handshakes against the server states, with the test client on the other side. */
class ServerHandshakeTest {

    @Test
    void completesAFullHandshakeWithTheEcdsaCertificate() throws Exception {
        ServerUnderTest server = new ServerUnderTest(ServerFixtures.server("full").build());
        TestClient client = new TestClient(ServerFixtures.crypto("full client"));
        List<Handshake> flight = server.feed(client.send(new ClientHelloBuilder(client).build()));

        assertEquals(List.of(HandshakeType.SERVER_HELLO, HandshakeType.ENCRYPTED_EXTENSIONS, HandshakeType.CERTIFICATE,
                HandshakeType.CERTIFICATE_VERIFY, HandshakeType.FINISHED), flight.stream().map(Handshake::msgType).toList());
        client.receiveAll(flight);
        assertEquals(0, server.cx.changeCipherSpecs(), "no session id, no middlebox compatibility CCS");
        assertTrue(server.cx.acceptsChangeCipherSpec());
        assertEquals(Optional.of(ProtocolVersion.TLS13), server.cx.version());
        assertEquals(2, server.cx.writeKeys().size(), "handshake then application write keys");
        assertEquals(1, server.cx.readKeys().size(), "the client's handshake keys");
        assertTrue(server.cx.session().isEmpty(), "not complete before the client's Finished");

        List<Handshake> tickets = server.feed(client.secondFlight(Optional.empty()).get(0));
        assertEquals(2, tickets.size());
        tickets.forEach(t -> assertEquals(HandshakeType.NEW_SESSION_TICKET, t.msgType()));
        assertFalse(server.cx.acceptsChangeCipherSpec());
        assertEquals(2, server.cx.readKeys().size());
        assertInstanceOf(Connected.class, server.state());
        Session session = server.cx.session().orElseThrow();
        assertEquals(CipherSuite.TLS_AES_128_GCM_SHA256, session.cipherSuite());
        assertEquals(Optional.of(NamedGroup.X25519), session.group());
        assertEquals(ServerFixtures.SERVER_ECDSA.chain(), session.localCertificates());
        assertFalse(session.resumed());
        assertFalse(session.helloRetryRequest());
    }

    @Test
    void picksTheRsaCertificateForAClientWithoutEcdsa() throws Exception {
        ServerUnderTest server = new ServerUnderTest(ServerFixtures.server("rsa").build());
        TestClient client = new TestClient(ServerFixtures.crypto("rsa client"));
        List<Handshake> flight = server.feed(client.send(new ClientHelloBuilder(client)
                .schemes(SignatureScheme.RSA_PSS_RSAE_SHA256).build()));
        client.receiveAll(flight);
        server.feed(client.secondFlight(Optional.empty()).get(0));
        assertEquals(ServerFixtures.SERVER_RSA.chain(), server.cx.session().orElseThrow().localCertificates());
    }
}
