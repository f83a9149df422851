package dev.parley.handshake.client;

import static dev.parley.handshake.client.Rfc8448Traces.CERTIFICATE;
import static dev.parley.handshake.client.Rfc8448Traces.CERTIFICATE_VERIFY;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_KEY_PAIR;
import static dev.parley.handshake.client.Rfc8448Traces.ENCRYPTED_EXTENSIONS;
import static dev.parley.handshake.client.Rfc8448Traces.NEW_SESSION_TICKET;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_FINISHED;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_HANDSHAKE_KEYS;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_HELLO;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_NAME;
import static dev.parley.handshake.client.Rfc8448Traces.message;
import static dev.parley.handshake.client.Rfc8448Traces.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.Hash;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.KeyAgreementAlgorithm;
import dev.parley.crypto.ReplayRandomSource;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.ResumptionTicket;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.Padding;
import dev.parley.handshake.keys.KeyScheduleEarly;
import dev.parley.handshake.keys.PskBinder;
import dev.parley.handshake.keys.PskKind;
import dev.parley.handshake.keys.Secret;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.AlertDescription;
import dev.parley.record.TlsException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * RFC 8448 §4, "Resumed 0-RTT Handshake", from the client's side, with the ticket the client kept
 * from §3.
 *
 * <p>What cannot match: RFC 8448's client offers early data and sends 0-RTT application data;
 * Parley's never does. So Parley's resumed ClientHello lacks early_data (and, as in §3,
 * renegotiation_info), its padding grows by those 9 bytes to keep the hello at 512 bytes, and its
 * binder, which covers the hello, differs. Everything else is the RFC's, and the binder is checked
 * against the key schedule's own binder computation. Started from the RFC's own hello, the client
 * computes the RFC's binder and, from the RFC's ServerHello, installs the RFC's handshake keys. The
 * RFC's server then accepts the early data in EncryptedExtensions, an answer to an offer Parley
 * never makes: the client refuses it with unsupported_extension, so the trace ends there for it;
 * an accepted resumption through the server's Finished is covered by {@code ResumptionTest}.
 */
class Rfc8448ResumedHandshakeClientTest {

    /** RFC 8448 §4's obfuscated_ticket_age is 0xfad6aacb, §3's ticket_age_add 0xfad6aac5: 6 ms. */
    static final InstantSource SIX_MS_LATER = InstantSource.fixed(Rfc8448SimpleHandshakeClientTest.NOW.plusMillis(6));

    private final Bytes clientHello = section(4).operation("{client}  send handshake record:", 0).field("payload");

    @Test
    void resumedClientHelloIsTheRfcsWithoutEarlyData() throws Exception {
        ReplayRandomSource random = ReplayRandomSource.of(Rfc8448Traces.clientRandom(clientHello),
                section(4).hex(CLIENT_KEY_PAIR, "private key"));
        CryptoProvider crypto = new BouncyCastleCryptoProvider(random);
        MapSessionStore store = ticketFromSection3();
        EngineConfig config = Rfc8448Traces.config(crypto, Rfc8448SimpleHandshakeClientTest.pinnedRfcServer())
                .sessionStore(store).clock(SIX_MS_LATER).build();
        RecordingContext cx = new RecordingContext(config);

        ClientHandshake.start(cx, Optional.of(SERVER_NAME), "session");

        Bytes sent = cx.sent().get(0);
        ClientHello expected = withBinder(crypto, repadded(ClientHelloEdits.without(Rfc8448Traces.clientHello(clientHello),
                ExtensionType.RENEGOTIATION_INFO, ExtensionType.EARLY_DATA)));
        assertEquals(Handshake.of(expected).encoded(), sent);
        assertEquals(clientHello.length(), sent.length(), "padded to 512 bytes, as the RFC's hello");
        assertEquals(0, random.remaining());
        assertTrue(store.keys().isEmpty(), "RFC 8446 §C.4: the ticket left the store when offered");
    }

    @Test
    void computesTheRfcBinderOverTheRfcHello() throws Exception {
        Replay replay = replayFromTheRfcHello();
        assertEquals(List.of(clientHello), replay.context().sent(), "the binder is recomputed, and is the RFC's");
    }

    @Test
    void installsTheRfcHandshakeKeysFromTheRfcServerHello() throws Exception {
        Replay replay = replayFromTheRfcHello().feed(message(4, SERVER_HELLO));
        assertInstanceOf(WaitEncryptedExtensions.class, replay.state());
        assertEquals(List.of(Rfc8448Traces.keys(4, SERVER_HANDSHAKE_KEYS)),
                replay.context().events(RecordingContext.ReadKeys.class));
    }

    @Test
    void refusesTheEarlyDataAnswerItNeverAskedFor() throws Exception {
        Replay replay = replayFromTheRfcHello().feed(message(4, SERVER_HELLO));
        TlsException refused = assertThrows(TlsException.class, () -> replay.feed(message(4, ENCRYPTED_EXTENSIONS)));
        assertEquals(HandshakeFailure.EXTENSION_NOT_OFFERED, refused.reason());
        assertEquals(AlertDescription.UNSUPPORTED_EXTENSION, refused.alert());
    }

    /** A client that has sent §4's hello with the PSK of §3's ticket. */
    private Replay replayFromTheRfcHello() throws Exception {
        CryptoProvider crypto = new BouncyCastleCryptoProvider();
        ResumptionTicket ticket = ticketFromSection3().take("session").orElseThrow();
        EngineConfig config = Rfc8448Traces.config(crypto, Rfc8448SimpleHandshakeClientTest.pinnedRfcServer())
                .clock(SIX_MS_LATER).build();
        return Replay.from(config, Rfc8448Traces.clientHello(clientHello), NamedGroup.X25519,
                Rfc8448Traces.keyShare(crypto, 4, CLIENT_KEY_PAIR, KeyAgreementAlgorithm.X25519),
                Optional.of(PskOffer.of(crypto, ticket)), Optional.of(SERVER_NAME));
    }

    /** The store of a client that went through §3 and kept its NewSessionTicket. */
    static MapSessionStore ticketFromSection3() throws Exception {
        MapSessionStore store = new MapSessionStore();
        Rfc8448SimpleHandshakeClientTest.replay(store).feed(message(3, SERVER_HELLO), message(3, ENCRYPTED_EXTENSIONS),
                message(3, CERTIFICATE), message(3, CERTIFICATE_VERIFY), message(3, SERVER_FINISHED),
                message(3, NEW_SESSION_TICKET));
        return store;
    }

    /**
     * {@code hello} with its padding resized so the message is 512 bytes again (RFC 7685, the rule
     * RFC 8448's hellos follow: 4 bytes of extension header, the rest zeros).
     */
    private static ClientHello repadded(ClientHello hello) {
        List<Extension> extensions = new ArrayList<>(hello.extensions());
        int at = extensions.indexOf(extensions.stream()
                .filter(e -> e.extensionType().equals(ExtensionType.PADDING)).findFirst().orElseThrow());
        extensions.remove(at);
        ClientHello unpadded = ClientHelloEdits.with(hello, extensions);
        int dataLength = 512 - Handshake.of(unpadded).encoded().length() - 4;
        extensions.add(at, Padding.EXTENSION.toExtension(new Padding(dataLength)));
        return ClientHelloEdits.with(hello, extensions);
    }

    /** {@code hello} with the binder the key schedule computes for §3's ticket PSK (RFC 8446 §4.2.11.2). */
    private static ClientHello withBinder(CryptoProvider crypto, ClientHello hello) throws TlsException {
        Bytes psk = section(3).hex(Rfc8448Traces.RESUMPTION_PSK, "expanded");
        Bytes truncated = PskBinder.truncateClientHello(Handshake.of(hello).encoded(), 2 + 1 + 32);
        Hash hash = crypto.hash(HashAlgorithm.SHA256);
        hash.update(truncated.toByteArray());
        PskBinder binder = KeyScheduleEarly.withPsk(crypto, HashAlgorithm.SHA256, Secret.copyOf(psk.toByteArray()))
                .pskBinder(PskKind.RESUMPTION);
        return hello.withBinders(List.of(binder.compute(Bytes.wrap(hash.digest()))));
    }
}
