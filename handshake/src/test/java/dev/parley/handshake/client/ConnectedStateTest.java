package dev.parley.handshake.client;

import static dev.parley.handshake.client.Failures.assertFails;
import static dev.parley.handshake.client.Rfc8448Traces.CERTIFICATE;
import static dev.parley.handshake.client.Rfc8448Traces.CERTIFICATE_VERIFY;
import static dev.parley.handshake.client.Rfc8448Traces.ENCRYPTED_EXTENSIONS;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_FINISHED;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_HELLO;
import static dev.parley.handshake.client.Rfc8448Traces.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.KeyUpdateRequest;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.extension.EarlyDataIndication;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.SignatureSchemeList;
import dev.parley.handshake.message.CertificateRequest;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.KeyUpdate;
import dev.parley.handshake.message.NewSessionTicket;
import dev.parley.record.AlertDescription;
import dev.parley.record.wire.WireFailure;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CONNECTED (RFC 8446 §4.6): tickets into the SessionStore, KeyUpdate, and the refusal of
 * everything else, on the client of RFC 8448 §3 once its handshake is complete.
 */
class ConnectedStateTest {

    private final MapSessionStore store = new MapSessionStore();

    @Test
    void isTheConnectedStateWithApplicationTraffic() throws Exception {
        Connected connected = (Connected) connected().state();
        assertTrue(connected.isConnected());
        assertEquals(0, connected.traffic().readGeneration());
        assertEquals(0, connected.traffic().writeGeneration());
    }

    @Test
    void dropsATicketWithLifetimeZero() throws Exception {
        connected().feed(ticket(0, List.of()));
        assertEquals(0, store.puts());
    }

    @Test
    void capsTheLifetimeAtSevenDays() throws Exception {
        connected().feed(ticket(8 * 24 * 3600, List.of()));
        assertEquals(EngineConfig.MAX_TICKET_LIFETIME, store.peek("session").orElseThrow().lifetime());
    }

    @Test
    void keepsEveryTicketItIsGiven() throws Exception {
        connected().feed(ticket(100, List.of()), ticket(200, List.of(
                EarlyDataIndication.EXTENSION.toExtension(new EarlyDataIndication(1024)),
                new Extension(new ExtensionType(0x6a6a), Bytes.EMPTY), new Extension(new ExtensionType(0xfff0), Bytes.EMPTY))));
        assertEquals(2, store.puts());
        assertEquals(Duration.ofSeconds(200), store.peek("session").orElseThrow().lifetime());
    }

    @Test
    void refusesKnownExtensionsThatDoNotBelongInATicket() throws Exception {
        Replay client = connected();
        assertFails(HandshakeFailure.EXTENSION_NOT_ALLOWED, AlertDescription.ILLEGAL_PARAMETER,
                () -> client.feed(ticket(100, List.of(new Extension(ExtensionType.KEY_SHARE, Bytes.EMPTY)))));
    }

    @Test
    void refusesAMalformedEarlyDataIndication() throws Exception {
        Replay client = connected();
        assertFails(WireFailure.TRUNCATED, AlertDescription.DECODE_ERROR,
                () -> client.feed(ticket(100, List.of(new Extension(ExtensionType.EARLY_DATA, Bytes.of((byte) 1, (byte) 2))))));
    }

    @Test
    void takesTheServersKeyUpdate() throws Exception {
        Replay client = connected();
        Connected connected = (Connected) client.state();
        List<RecordingContext.ReadKeys> before = client.context().events(RecordingContext.ReadKeys.class);
        client.feed(Handshake.of(new KeyUpdate(KeyUpdateRequest.UPDATE_NOT_REQUESTED)).encoded());
        assertSame(connected, client.state());
        assertFalse(connected.traffic().updateOwed());
        client.feed(Handshake.of(new KeyUpdate(KeyUpdateRequest.UPDATE_REQUESTED)).encoded());
        assertTrue(connected.traffic().updateOwed(), "RFC 8446 §4.6.3: the request is answered by the engine");
        List<RecordingContext.ReadKeys> after = client.context().events(RecordingContext.ReadKeys.class);
        assertEquals(before.size() + 2, after.size());
        assertNotEquals(after.get(after.size() - 1), after.get(after.size() - 2));
        assertEquals(2, connected.traffic().readGeneration());
    }

    @Test
    void refusesAnUnknownKeyUpdateRequest() throws Exception {
        Replay client = connected();
        assertFails(HandshakeFailure.ILLEGAL_KEY_UPDATE_REQUEST, AlertDescription.ILLEGAL_PARAMETER,
                () -> client.feed(Handshake.of(new KeyUpdate(new KeyUpdateRequest(2))).encoded()));
    }

    @Test
    void refusesPostHandshakeAuthentication() throws Exception {
        Replay client = connected();
        Bytes request = Handshake.of(new CertificateRequest(Bytes.of((byte) 1), List.of(
                SignatureSchemeList.SIGNATURE_ALGORITHMS.toExtension(new SignatureSchemeList(
                        List.of(SignatureScheme.RSA_PSS_RSAE_SHA256)))))).encoded();
        assertFails(HandshakeFailure.UNSOLICITED_POST_HANDSHAKE_AUTH, AlertDescription.UNEXPECTED_MESSAGE,
                () -> client.feed(request));
    }

    @Test
    void refusesHandshakeMessages() throws Exception {
        for (Bytes message : List.of(message(3, SERVER_FINISHED), message(3, SERVER_HELLO),
                message(3, ENCRYPTED_EXTENSIONS), message(3, CERTIFICATE), Bytes.fromHex("05 00 00 00"))) {
            Replay client = connected();
            assertFails(HandshakeFailure.UNEXPECTED_SERVER_MESSAGE, AlertDescription.UNEXPECTED_MESSAGE,
                    () -> client.feed(message));
        }
    }

    private Replay connected() throws Exception {
        return Rfc8448SimpleHandshakeClientTest.replay(store).feed(message(3, SERVER_HELLO),
                message(3, ENCRYPTED_EXTENSIONS), message(3, CERTIFICATE), message(3, CERTIFICATE_VERIFY),
                message(3, SERVER_FINISHED));
    }

    private static Bytes ticket(long lifetime, List<Extension> extensions) {
        return Handshake.of(new NewSessionTicket(lifetime, 7, Bytes.of((byte) 1), Bytes.fromHex("aa bb cc"),
                extensions)).encoded();
    }
}
