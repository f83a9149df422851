package dev.parley.handshake.client;

import static dev.parley.handshake.client.Rfc8448Traces.CERTIFICATE;
import static dev.parley.handshake.client.Rfc8448Traces.CERTIFICATE_VERIFY;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_APPLICATION_KEYS;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_FINISHED;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_HANDSHAKE_KEYS;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_HELLO;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_KEY_PAIR;
import static dev.parley.handshake.client.Rfc8448Traces.ENCRYPTED_EXTENSIONS;
import static dev.parley.handshake.client.Rfc8448Traces.NEW_SESSION_TICKET;
import static dev.parley.handshake.client.Rfc8448Traces.RESUMPTION_PSK;
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
import dev.parley.handshake.ResumptionTicket;
import dev.parley.handshake.Session;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.keys.Rfc8448;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.ContentType;
import dev.parley.record.ProtocolVersion;
import dev.parley.x509.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * RFC 8448 §3, "Simple 1-RTT Handshake", from the client's side: its ClientHello, every key it
 * installs, its Finished, and the PSK it keeps from the NewSessionTicket, against the RFC's bytes;
 * and every record the RFC prints, sealed under the keys the client installed.
 *
 * <p>The one difference: RFC 8448's client (NSS) also sends renegotiation_info and session_ticket,
 * two TLS 1.2 extensions a TLS 1.3-only client has no use for. Parley's ClientHello is the RFC's
 * without them. To replay the rest of the trace, the client is started from the RFC's own
 * ClientHello ({@link Replay}), so its transcript holds the RFC's bytes.
 */
class Rfc8448SimpleHandshakeClientTest {

    static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");

    private final Bytes clientHello = message(3, CLIENT_HELLO);

    @Test
    void sendsTheRfcClientHelloWithoutItsTls12Extensions() throws Exception {
        ReplayRandomSource random = ReplayRandomSource.of(Rfc8448Traces.clientRandom(clientHello),
                section(3).hex(CLIENT_KEY_PAIR, "private key"));
        CryptoProvider crypto = new BouncyCastleCryptoProvider(random);
        RecordingContext cx = new RecordingContext(Rfc8448Traces.config(crypto, pinnedRfcServer()).build());

        ClientState state = ClientHandshake.start(cx, Optional.of(SERVER_NAME), "server:443");

        ClientHello expected = ClientHelloEdits.without(Rfc8448Traces.clientHello(clientHello),
                ExtensionType.RENEGOTIATION_INFO, ExtensionType.SESSION_TICKET);
        assertEquals(List.of(Handshake.of(expected).encoded()), cx.sent());
        assertEquals(0, random.remaining(), "the random, then the X25519 key, and nothing else");
        assertInstanceOf(WaitServerHello.class, state);
        assertTrue(cx.acceptsChangeCipherSpec(), "RFC 8446 §5: CCS may arrive after the first ClientHello");
    }

    @Test
    void installsTheRfcKeysAndSendsTheRfcFinished() throws Exception {
        Replay replay = replay(new MapSessionStore());
        assertEquals(List.of(clientHello), replay.context().sent());

        replay.feed(message(3, SERVER_HELLO));
        assertInstanceOf(WaitEncryptedExtensions.class, replay.state());
        assertEquals(List.of(Rfc8448Traces.keys(3, SERVER_HANDSHAKE_KEYS)),
                replay.context().events(RecordingContext.ReadKeys.class));
        assertEquals(List.of(new RecordingContext.Version(ProtocolVersion.TLS13)),
                replay.context().events(RecordingContext.Version.class));

        replay.feed(message(3, ENCRYPTED_EXTENSIONS));
        assertInstanceOf(WaitCertificateOrCertificateRequest.class, replay.state());
        assertEquals(List.of(new RecordingContext.RecordSizeLimit(0x4001)),
                replay.context().events(RecordingContext.RecordSizeLimit.class), "EE's record_size_limit");
        replay.feed(message(3, CERTIFICATE));
        assertInstanceOf(WaitCertificateVerify.class, replay.state());
        replay.feed(message(3, CERTIFICATE_VERIFY));
        assertInstanceOf(WaitFinished.class, replay.state());
        replay.feed(message(3, SERVER_FINISHED));
        assertInstanceOf(Connected.class, replay.state());

        RecordingContext cx = replay.context();
        assertEquals(List.of(clientHello, message(3, CLIENT_FINISHED)), cx.sent());
        assertEquals(List.of(Rfc8448Traces.keys(3, SERVER_HANDSHAKE_KEYS), Rfc8448Traces.keys(3, SERVER_APPLICATION_KEYS)),
                cx.events(RecordingContext.ReadKeys.class));
        assertEquals(List.of(write(Rfc8448Traces.keys(3, CLIENT_HANDSHAKE_KEYS)),
                        write(Rfc8448Traces.keys(3, CLIENT_APPLICATION_KEYS))),
                cx.events(RecordingContext.WriteKeys.class));
        assertFalse(cx.acceptsChangeCipherSpec(), "RFC 8446 §5: no CCS after the server's Finished");
        assertTrue(cx.events(RecordingContext.ChangeCipherSpec.class).isEmpty(), "§3 is not in compatibility mode");
        assertEquals(List.of(clientHello, message(3, CLIENT_FINISHED)), cx.sent());
    }

    @Test
    void ordersKeysAroundTheFinished() throws Exception {
        RecordingContext cx = replay(new MapSessionStore()).feed(message(3, SERVER_HELLO),
                message(3, ENCRYPTED_EXTENSIONS), message(3, CERTIFICATE), message(3, CERTIFICATE_VERIFY),
                message(3, SERVER_FINISHED)).context();
        List<RecordingContext.Event> events = cx.events();
        int finished = events.indexOf(new RecordingContext.Sent(message(3, CLIENT_FINISHED)));
        int handshakeWrite = events.indexOf(write(Rfc8448Traces.keys(3, CLIENT_HANDSHAKE_KEYS)));
        int applicationWrite = events.indexOf(write(Rfc8448Traces.keys(3, CLIENT_APPLICATION_KEYS)));
        int complete = events.indexOf(new RecordingContext.Complete(cx.session().orElseThrow()));
        assertTrue(handshakeWrite < finished && finished < applicationWrite && applicationWrite < complete,
                "handshake keys, Finished, application keys, then completion: " + events);
    }

    @Test
    void reportsTheSession() throws Exception {
        RecordingContext cx = replay(new MapSessionStore()).feed(message(3, SERVER_HELLO),
                message(3, ENCRYPTED_EXTENSIONS), message(3, CERTIFICATE), message(3, CERTIFICATE_VERIFY),
                message(3, SERVER_FINISHED)).context();
        Session session = cx.session().orElseThrow();
        assertEquals(ProtocolVersion.TLS13, session.version());
        assertEquals(CipherSuite.TLS_AES_128_GCM_SHA256, session.cipherSuite());
        assertEquals(Optional.of(NamedGroup.X25519), session.group());
        assertEquals(Optional.of(SignatureScheme.RSA_PSS_RSAE_SHA256), session.peerSignatureScheme());
        assertEquals(List.of(Rfc8448Traces.leafOf(message(3, CERTIFICATE))), session.peerCertificates());
        assertEquals(List.of(), session.localCertificates());
        assertEquals(Optional.empty(), session.applicationProtocol());
        assertEquals(Optional.of(SERVER_NAME), session.serverName());
        assertFalse(session.resumed());
        assertFalse(session.helloRetryRequest());
    }

    @Test
    void keepsTheTicketWithTheRfcPsk() throws Exception {
        MapSessionStore store = new MapSessionStore();
        replay(store).feed(message(3, SERVER_HELLO), message(3, ENCRYPTED_EXTENSIONS), message(3, CERTIFICATE),
                message(3, CERTIFICATE_VERIFY), message(3, SERVER_FINISHED), message(3, NEW_SESSION_TICKET));

        ResumptionTicket ticket = store.peek("session").orElseThrow();
        assertEquals(section(3).hex(RESUMPTION_PSK, "expanded"), Bytes.wrap(ticket.psk()));
        // The NewSessionTicket: lifetime 0x1e seconds, age_add 0xfad6aac5, then the ticket itself.
        Bytes nst = message(3, NEW_SESSION_TICKET);
        assertEquals(Duration.ofSeconds(30), ticket.lifetime());
        assertEquals(0xfad6aac5L, ticket.ticketAgeAdd());
        assertEquals(nst.slice(17, 17 + 0xb2), ticket.ticket());
        assertEquals(CipherSuite.TLS_AES_128_GCM_SHA256, ticket.cipherSuite());
        assertEquals(NOW, ticket.receivedAt());
        assertEquals(Optional.of(SERVER_NAME), ticket.serverName());
        assertEquals(List.of(Rfc8448Traces.leafOf(message(3, CERTIFICATE))), ticket.peerCertificates());
    }

    @Test
    void everyRecordOfTheTraceSealsUnderTheInstalledKeys() throws Exception {
        RecordingContext cx = replay(new MapSessionStore()).feed(message(3, SERVER_HELLO),
                message(3, ENCRYPTED_EXTENSIONS), message(3, CERTIFICATE), message(3, CERTIFICATE_VERIFY),
                message(3, SERVER_FINISHED), message(3, NEW_SESSION_TICKET)).context();
        Rfc8448.Section rfc = section(3);
        List<RecordingContext.ReadKeys> read = cx.events(RecordingContext.ReadKeys.class);
        List<RecordingContext.WriteKeys> written = cx.events(RecordingContext.WriteKeys.class);

        TraceRecords.assertPlaintext(rfc.operation("{client}  send handshake record:", 0), ProtocolVersion.TLS10);
        TraceRecords.assertPlaintext(rfc.operation("{server}  send handshake record:", 0), ProtocolVersion.TLS12);
        TraceRecords.assertSealed(read.get(0).key(), read.get(0).iv(), ContentType.HANDSHAKE,
                rfc.operation("{server}  send handshake record:", 1));
        TraceRecords.assertSealed(written.get(0).key(), written.get(0).iv(), ContentType.HANDSHAKE,
                rfc.operation("{client}  send handshake record:", 1));
        TraceRecords.assertSealed(read.get(1).key(), read.get(1).iv(), List.of(
                ContentType.HANDSHAKE, ContentType.APPLICATION_DATA, ContentType.ALERT), List.of(
                rfc.operation("{server}  send handshake record:", 2),
                rfc.operation("{server}  send application_data record:"),
                rfc.operation("{server}  send alert record:")));
        TraceRecords.assertSealed(written.get(1).key(), written.get(1).iv(), List.of(
                ContentType.APPLICATION_DATA, ContentType.ALERT), List.of(
                rfc.operation("{client}  send application_data record:"),
                rfc.operation("{client}  send alert record:")));
    }

    /** A client that has sent §3's ClientHello, clocked at {@link #NOW}. */
    static Replay replay(MapSessionStore store) throws Exception {
        CryptoProvider crypto = new BouncyCastleCryptoProvider();
        EngineConfig config = Rfc8448Traces.config(crypto, pinnedRfcServer()).sessionStore(store)
                .clock(InstantSource.fixed(NOW)).build();
        return Replay.from(config, Rfc8448Traces.clientHello(message(3, CLIENT_HELLO)), NamedGroup.X25519,
                Rfc8448Traces.keyShare(crypto, 3, CLIENT_KEY_PAIR, KeyAgreementAlgorithm.X25519), Optional.empty(),
                Optional.of(SERVER_NAME));
    }

    static dev.parley.handshake.PeerVerifier pinnedRfcServer() throws Exception {
        Certificate leaf = Rfc8448Traces.leafOf(message(3, CERTIFICATE));
        return Rfc8448Traces.pinning(leaf);
    }

    static RecordingContext.WriteKeys write(RecordingContext.ReadKeys keys) {
        return new RecordingContext.WriteKeys(keys.key(), keys.iv());
    }
}
