package dev.parley.handshake.client;

import static dev.parley.handshake.client.Rfc8448Traces.CERTIFICATE;
import static dev.parley.handshake.client.Rfc8448Traces.CERTIFICATE_VERIFY;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_APPLICATION_KEYS;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_FINISHED;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_HANDSHAKE_KEYS;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_HELLO;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_KEY_PAIR;
import static dev.parley.handshake.client.Rfc8448Traces.ENCRYPTED_EXTENSIONS;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_APPLICATION_KEYS;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_FINISHED;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_HANDSHAKE_KEYS;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_HELLO;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_NAME;
import static dev.parley.handshake.client.Rfc8448Traces.message;
import static dev.parley.handshake.client.Rfc8448Traces.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.KeyAgreementAlgorithm;
import dev.parley.crypto.ReplayRandomSource;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.keys.Rfc8448;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.ContentType;
import dev.parley.record.ProtocolVersion;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * RFC 8448 §7, "Compatibility Mode" (RFC 8446 §D.4), from the client's side: a 32-byte
 * legacy_session_id drawn after the random, the server's change_cipher_spec accepted until its
 * Finished, and our own change_cipher_spec right before our encrypted flight.
 */
class Rfc8448CompatibilityModeClientTest {

    private final Bytes clientHello = message(7, CLIENT_HELLO);

    @Test
    void drawsTheSessionIdAfterTheRandom() throws Exception {
        Bytes sessionId = clientHello.slice(39, 39 + 32);
        ReplayRandomSource random = ReplayRandomSource.of(Rfc8448Traces.clientRandom(clientHello), sessionId,
                section(7).hex(CLIENT_KEY_PAIR, "private key"));
        CryptoProvider crypto = new BouncyCastleCryptoProvider(random);
        EngineConfig config = Rfc8448Traces.config(crypto, Rfc8448SimpleHandshakeClientTest.pinnedRfcServer())
                .middleboxCompatibility(true).build();
        RecordingContext cx = new RecordingContext(config);

        ClientHandshake.start(cx, Optional.of(SERVER_NAME), "session");

        ClientHello expected = ClientHelloEdits.without(Rfc8448Traces.clientHello(clientHello),
                ExtensionType.RENEGOTIATION_INFO);
        assertEquals(32, expected.legacySessionId().length());
        assertEquals(List.of(Handshake.of(expected).encoded()), cx.sent());
        assertEquals(0, random.remaining());
    }

    @Test
    void sendsChangeCipherSpecBeforeItsEncryptedFlight() throws Exception {
        Replay replay = replay().feed(message(7, SERVER_HELLO), message(7, ENCRYPTED_EXTENSIONS));
        assertTrue(replay.context().acceptsChangeCipherSpec(), "the server's CCS may still come");
        replay.feed(message(7, CERTIFICATE), message(7, CERTIFICATE_VERIFY), message(7, SERVER_FINISHED));
        assertInstanceOf(Connected.class, replay.state());
        RecordingContext cx = replay.context();
        assertFalse(cx.acceptsChangeCipherSpec());

        List<RecordingContext.Event> events = cx.events();
        int changeCipherSpec = events.indexOf(new RecordingContext.ChangeCipherSpec());
        int handshakeKeys = events.indexOf(
                Rfc8448SimpleHandshakeClientTest.write(Rfc8448Traces.keys(7, CLIENT_HANDSHAKE_KEYS)));
        int finished = events.indexOf(new RecordingContext.Sent(message(7, CLIENT_FINISHED)));
        assertTrue(changeCipherSpec >= 0 && changeCipherSpec < handshakeKeys && handshakeKeys < finished,
                "CCS, handshake write keys, Finished: " + events);
        assertEquals(1, cx.events(RecordingContext.ChangeCipherSpec.class).size());
        assertEquals(List.of(clientHello, message(7, CLIENT_FINISHED)), cx.sent());
        assertEquals(List.of(Rfc8448Traces.keys(7, SERVER_HANDSHAKE_KEYS), Rfc8448Traces.keys(7, SERVER_APPLICATION_KEYS)),
                cx.events(RecordingContext.ReadKeys.class));
        assertEquals(List.of(Rfc8448SimpleHandshakeClientTest.write(Rfc8448Traces.keys(7, CLIENT_HANDSHAKE_KEYS)),
                        Rfc8448SimpleHandshakeClientTest.write(Rfc8448Traces.keys(7, CLIENT_APPLICATION_KEYS))),
                cx.events(RecordingContext.WriteKeys.class));
    }

    @Test
    void recordsOfTheTraceIncludingBothChangeCipherSpecs() throws Exception {
        RecordingContext cx = replay().feed(message(7, SERVER_HELLO), message(7, ENCRYPTED_EXTENSIONS),
                message(7, CERTIFICATE), message(7, CERTIFICATE_VERIFY), message(7, SERVER_FINISHED)).context();
        Rfc8448.Section rfc = section(7);
        List<RecordingContext.ReadKeys> read = cx.events(RecordingContext.ReadKeys.class);
        List<RecordingContext.WriteKeys> written = cx.events(RecordingContext.WriteKeys.class);
        TraceRecords.assertPlaintext(rfc.operation("{server}  send change_cipher_spec record:"),
                ContentType.CHANGE_CIPHER_SPEC, ProtocolVersion.TLS12);
        TraceRecords.assertPlaintext(rfc.operation("{client}  send change_cipher_spec record:"),
                ContentType.CHANGE_CIPHER_SPEC, ProtocolVersion.TLS12);
        TraceRecords.assertSealed(read.get(0).key(), read.get(0).iv(), ContentType.HANDSHAKE,
                rfc.operation("{server}  send handshake record:", 1));
        TraceRecords.assertSealed(written.get(0).key(), written.get(0).iv(), ContentType.HANDSHAKE,
                rfc.operation("{client}  send handshake record:", 1));
    }

    private Replay replay() throws Exception {
        CryptoProvider crypto = new BouncyCastleCryptoProvider();
        EngineConfig config = Rfc8448Traces.config(crypto, Rfc8448SimpleHandshakeClientTest.pinnedRfcServer())
                .middleboxCompatibility(true).build();
        return Replay.from(config, Rfc8448Traces.clientHello(clientHello), NamedGroup.X25519,
                Rfc8448Traces.keyShare(crypto, 7, CLIENT_KEY_PAIR, KeyAgreementAlgorithm.X25519), Optional.empty(),
                Optional.of(SERVER_NAME));
    }
}
