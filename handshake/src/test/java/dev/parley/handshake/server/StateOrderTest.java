package dev.parley.handshake.server;

import static dev.parley.handshake.server.Alerts.assertAlert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.ClientAuth;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.PeerVerifier;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.codepoint.KeyUpdateRequest;
import dev.parley.handshake.engine.ConnectedState;
import dev.parley.handshake.keys.KeyScheduleFailure;
import dev.parley.handshake.message.EndOfEarlyData;
import dev.parley.handshake.message.Finished;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.KeyUpdate;
import dev.parley.handshake.message.Tls13Messages;
import dev.parley.record.AlertDescription;
import dev.parley.record.TlsException;
import dev.parley.record.wire.WireFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every state accepts its one message and refuses the others with unexpected_message (RFC 8446
 * §6.2); the client's Finished must verify (§4.4.4); the connected state takes KeyUpdate only
 * (§4.6.3); a server that failed stays failed.
 */
class StateOrderTest {

    private static final List<Handshake> STRANGERS = List.of(
            new Handshake(HandshakeType.SERVER_HELLO, Bytes.EMPTY),
            new Handshake(HandshakeType.NEW_SESSION_TICKET, Bytes.EMPTY),
            Handshake.of(EndOfEarlyData.INSTANCE),
            new Handshake(HandshakeType.MESSAGE_HASH, Bytes.wrap(new byte[32])),
            new Handshake(new HandshakeType(99), Bytes.of((byte) 1)));
    private static final Handshake KEY_UPDATE = Handshake.of(new KeyUpdate(KeyUpdateRequest.UPDATE_NOT_REQUESTED));

    private final TestClient client = new TestClient(ServerFixtures.crypto("order client"));

    private static void assertRefusesStrangers(ServerUnderTest server, Handshake... more) {
        for (Handshake stranger : concat(STRANGERS, more)) {
            ServerState state = server.state();
            assertAlert(HandshakeFailure.CLIENT_MESSAGE_OUT_OF_ORDER, AlertDescription.UNEXPECTED_MESSAGE,
                    () -> state.handle(server.cx, stranger));
        }
    }

    private static List<Handshake> concat(List<Handshake> a, Handshake... b) {
        List<Handshake> all = new ArrayList<>(a);
        all.addAll(List.of(b));
        return all;
    }

    @Test
    void startAcceptsOnlyAClientHello() {
        ServerUnderTest server = new ServerUnderTest(ServerFixtures.server("order").build());
        assertRefusesStrangers(server, KEY_UPDATE, Handshake.of(new Finished(Bytes.wrap(new byte[32]))),
                new Handshake(HandshakeType.CERTIFICATE, Bytes.fromHex("00000000")));
        assertTrue(server.cx.sent().isEmpty(), "the server sends nothing before the ClientHello");
    }

    @Test
    void everyLaterStateRefusesWhatItDoesNotExpect() throws Exception {
        ServerUnderTest server = new ServerUnderTest(ServerFixtures.server("order").clientAuth(ClientAuth.REQUIRED)
                .peerVerifier(PeerVerifier.insecureAcceptAnything()).build());
        Handshake hello = client.send(new ClientHelloBuilder(client).build());
        client.receiveAll(server.feed(hello));
        assertRefusesStrangers(server, KEY_UPDATE, hello, client.finished());
        List<Handshake> flight = client.secondFlight(Optional.of(ServerFixtures.CLIENT_ED25519));
        server.feed(flight.get(0));
        assertRefusesStrangers(server, KEY_UPDATE, hello, flight.get(0), flight.get(2));
        server.feed(flight.get(1));
        assertRefusesStrangers(server, KEY_UPDATE, hello, flight.get(0), flight.get(1));
        server.feed(flight.get(2));
        assertRefusesStrangers(server, hello, flight.get(2));
    }

    @Test
    void refusesAFinishedThatDoesNotVerify() throws Exception {
        ServerUnderTest server = new ServerUnderTest(ServerFixtures.server("finished").build());
        client.receiveAll(server.feed(client.send(new ClientHelloBuilder(client).build())));
        Finished real = (Finished) Tls13Messages.decode(client.finished(), 32);
        byte[] forged = real.verifyData().toByteArray();
        forged[31] ^= 0x40;
        assertAlert(KeyScheduleFailure.FINISHED_MISMATCH, AlertDescription.DECRYPT_ERROR,
                () -> server.feed(Handshake.of(new Finished(Bytes.wrap(forged)))));
        assertTrue(server.cx.session().isEmpty());
    }

    @Test
    void refusesAFinishedOfTheWrongLength() throws Exception {
        ServerUnderTest server = new ServerUnderTest(ServerFixtures.server("finished").build());
        client.receiveAll(server.feed(client.send(new ClientHelloBuilder(client).build())));
        assertAlert(WireFailure.TRAILING_BYTES, AlertDescription.DECODE_ERROR,
                () -> server.feed(Handshake.of(new Finished(Bytes.wrap(new byte[48])))));
    }

    @Test
    void staysFailedAfterAFailure() throws Exception {
        ServerUnderTest server = new ServerUnderTest(ServerFixtures.server("failed").build());
        TlsException first = assertAlert(HandshakeFailure.CLIENT_MESSAGE_OUT_OF_ORDER,
                AlertDescription.UNEXPECTED_MESSAGE, () -> server.feed(Handshake.of(new Finished(Bytes.wrap(new byte[32])))));
        TlsException again = assertThrows(TlsException.class,
                () -> server.feed(client.send(new ClientHelloBuilder(client).build())));
        assertSame(first, again);
    }

    @Test
    void handlesKeyUpdatesWhenConnected() throws Exception {
        ServerUnderTest server = new ServerUnderTest(ServerFixtures.server("update").build());
        client.receiveAll(server.feed(client.send(new ClientHelloBuilder(client).build())));
        server.feed(client.secondFlight(Optional.empty()).get(0));
        ConnectedState connected = (ConnectedState) server.state();
        int readKeys = server.cx.readKeys().size();

        server.feed(Handshake.of(new KeyUpdate(KeyUpdateRequest.UPDATE_REQUESTED)));
        assertEquals(readKeys + 1, server.cx.readKeys().size(), "RFC 8446 §4.6.3: the client's next keys");
        assertTrue(connected.traffic().updateOwed());
        assertEquals(1, connected.traffic().readGeneration());
        server.feed(Handshake.of(new KeyUpdate(KeyUpdateRequest.UPDATE_NOT_REQUESTED)));
        assertEquals(2, connected.traffic().readGeneration());
        assertAlert(HandshakeFailure.ILLEGAL_KEY_UPDATE_REQUEST, AlertDescription.ILLEGAL_PARAMETER,
                () -> server.feed(Handshake.of(new KeyUpdate(new KeyUpdateRequest(2)))));
    }
}
