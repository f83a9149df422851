package dev.parley.handshake.client;

import static dev.parley.handshake.client.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.Session;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.OfferedPsks;
import dev.parley.handshake.extension.PreSharedKeyServerHello;
import dev.parley.handshake.extension.PskIdentity;
import dev.parley.handshake.keys.KeyScheduleEarly;
import dev.parley.handshake.keys.PskKind;
import dev.parley.handshake.keys.Secret;
import dev.parley.handshake.keys.TranscriptHash;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Finished;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.ServerHello;
import dev.parley.handshake.message.Tls13Messages;
import dev.parley.record.AlertDescription;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Resumption with a ticket (RFC 8446 §2.2, §4.2.11, §4.6.1): the offer (psk_dhe_ke, the obfuscated
 * age, a binder the server can check), the abbreviated handshake when the server accepts it, the
 * full one when it does not, and every check on the server's PSK selection.
 */
class ResumptionTest {

    static final Instant FIRST = Instant.parse("2025-03-01T12:00:00Z");
    static final Instant SECOND = FIRST.plusMillis(1500);
    static final long AGE_ADD = 0xfffffff0L;

    private final MapSessionStore store = new MapSessionStore();
    private byte[] serverPsk;

    @Test
    void offersTheTicketWithItsAgeAndABinderTheServerChecks() throws Exception {
        Conversation c = secondConnection(config("offer"));
        ClientHello hello = lastHello(c);
        List<Extension> extensions = hello.extensions();
        assertEquals(ExtensionType.PRE_SHARED_KEY, extensions.get(extensions.size() - 1).extensionType());
        OfferedPsks offer = hello.offeredPsks().orElseThrow();
        // RFC 8446 §4.2.11.1: (1500 ms + ticket_age_add) mod 2^32.
        assertEquals(List.of(new PskIdentity(Bytes.fromHex("aa bb cc"), (1500 + AGE_ADD) & 0xFFFFFFFFL)),
                offer.identities());
        TranscriptHash empty = TranscriptHash.start(new BouncyCastleCryptoProvider());
        KeyScheduleEarly.withPsk(new BouncyCastleCryptoProvider(), HashAlgorithm.SHA256, Secret.copyOf(serverPsk))
                .pskBinder(PskKind.RESUMPTION).verify(
                        empty.snapshotWith(HashAlgorithm.SHA256, hello.truncateForBinders(Rfc8448Traces.frame(c.lastSent()))),
                        offer.binders().get(0));
        assertTrue(store.keys().isEmpty(), "RFC 8446 §C.4: a ticket is offered once");
    }

    @Test
    void completesTheAbbreviatedHandshake() throws Exception {
        Conversation c = secondConnection(config("resume"));
        c.receive(c.server().serverHello(c.lastSent(), CipherSuite.TLS_AES_128_GCM_SHA256, NamedGroup.X25519,
                Optional.of(serverPsk)));
        c.emptyEncryptedExtensions();
        assertInstanceOf(WaitFinished.class, c.state(), "RFC 8446 §2.2: no Certificate with a PSK");
        c.receive(c.server().finished());
        assertInstanceOf(Connected.class, c.state());

        Session session = c.context().session().orElseThrow();
        assertTrue(session.resumed());
        assertEquals(Optional.empty(), session.peerSignatureScheme());
        assertEquals(List.of(c.serverKey().leaf()), session.peerCertificates(), "the original session's chain");
        List<Bytes> sent = c.context().sent();
        assertEquals(2, sent.size(), "ClientHello and Finished");
        Finished finished = (Finished) Tls13Messages.decode(Rfc8448Traces.frame(sent.get(1)), 32);
        assertEquals(c.server().expectedClientFinished(), finished.verifyData());
    }

    @Test
    void goesThroughAFullHandshakeWhenTheServerDeclines() throws Exception {
        Conversation c = secondConnection(config("declined"));
        c.serverHello().emptyEncryptedExtensions();
        assertInstanceOf(WaitCertificateOrCertificateRequest.class, c.state());
        c.authenticateAndFinish();
        assertFalse(c.context().session().orElseThrow().resumed());
    }

    @Test
    void dropsTicketsItMayNotOffer() throws Exception {
        firstConnection(config("first"));
        assertOfferless(config("expired").clock(InstantSource.fixed(FIRST.plus(Duration.ofHours(3)))).build(),
                Optional.of(Conversation.SERVER_NAME));
        firstConnection(config("first"));
        assertOfferless(config("other name").build(), Optional.of("other.example"));
        firstConnection(config("first"));
        assertOfferless(config("other suites").cipherSuites(List.of(CipherSuite.TLS_AES_256_GCM_SHA384)).build(),
                Optional.of(Conversation.SERVER_NAME));
    }

    @Test
    void refusesASelectedIdentityOutOfRange() throws Exception {
        Conversation c = secondConnection(config("range"));
        ServerHello hello = serverHelloAccepting(c, CipherSuite.TLS_AES_128_GCM_SHA256);
        ServerHello identityOne = ServerHelloChecksTest.withExtension(hello,
                PreSharedKeyServerHello.EXTENSION.toExtension(new PreSharedKeyServerHello(1)));
        assertFails(HandshakeFailure.ILLEGAL_PSK_SELECTION, AlertDescription.ILLEGAL_PARAMETER,
                () -> c.receive(Handshake.of(identityOne).encoded()));
    }

    @Test
    void refusesAPskWithAnotherHashThanTheSuite() throws Exception {
        Conversation c = secondConnection(config("hash"));
        ServerHello sha384 = serverHelloAccepting(c, CipherSuite.TLS_AES_256_GCM_SHA384);
        assertFails(HandshakeFailure.ILLEGAL_PSK_SELECTION, AlertDescription.ILLEGAL_PARAMETER,
                () -> c.receive(Handshake.of(sha384).encoded()));
    }

    @Test
    void refusesAPskWithoutKeyShare() throws Exception {
        Conversation c = secondConnection(config("psk_ke"));
        ServerHello hello = serverHelloAccepting(c, CipherSuite.TLS_AES_128_GCM_SHA256);
        List<Extension> withoutShare = new ArrayList<>(hello.extensions());
        withoutShare.removeIf(e -> e.extensionType().equals(ExtensionType.KEY_SHARE));
        ServerHello pskOnly = ServerHelloChecksTest.withExtensions(hello, withoutShare);
        assertFails(HandshakeFailure.ILLEGAL_PSK_SELECTION, AlertDescription.ILLEGAL_PARAMETER,
                () -> c.receive(Handshake.of(pskOnly).encoded()));
    }

    @Test
    void refusesCertificatesAfterAcceptingThePsk() throws Exception {
        Conversation c = secondConnection(config("no certs"));
        c.receive(c.server().serverHello(c.lastSent(), CipherSuite.TLS_AES_128_GCM_SHA256, NamedGroup.X25519,
                Optional.of(serverPsk))).emptyEncryptedExtensions();
        Bytes certificate = c.server().certificate(c.serverKey());
        assertFails(HandshakeFailure.UNEXPECTED_SERVER_MESSAGE, AlertDescription.UNEXPECTED_MESSAGE,
                () -> c.receive(certificate));
    }

    @Test
    void keepsThePskThroughARetryWithTheSameHash() throws Exception {
        Conversation c = secondConnection(config("retry"));
        Bytes firstHello = c.lastSent();
        c.receive(c.server().helloRetryRequest(firstHello, CipherSuite.TLS_AES_128_GCM_SHA256,
                Optional.of(NamedGroup.SECP256R1), Optional.empty()));
        ClientHello second = lastHello(c);
        assertTrue(second.offeredPsks().isPresent());
        assertEquals(ExtensionType.PRE_SHARED_KEY, second.extensions().get(second.extensions().size() - 1).extensionType());
        c.receive(c.server().serverHello(c.lastSent(), CipherSuite.TLS_AES_128_GCM_SHA256, NamedGroup.SECP256R1,
                Optional.of(serverPsk)));
        c.emptyEncryptedExtensions().receive(c.server().finished());
        Session session = c.context().session().orElseThrow();
        assertTrue(session.resumed() && session.helloRetryRequest());
    }

    @Test
    void dropsThePskWhenTheRetryPicksAnotherHash() throws Exception {
        Conversation c = secondConnection(config("retry 384"));
        c.receive(c.server().helloRetryRequest(c.lastSent(), CipherSuite.TLS_AES_256_GCM_SHA384,
                Optional.of(NamedGroup.SECP256R1), Optional.empty()));
        ClientHello second = lastHello(c);
        assertEquals(Optional.empty(), second.offeredPsks());
        c.receive(c.server().serverHello(c.lastSent(), CipherSuite.TLS_AES_256_GCM_SHA384, NamedGroup.SECP256R1));
        c.emptyEncryptedExtensions().authenticateAndFinish();
        assertFalse(c.context().session().orElseThrow().resumed());
    }

    /** A ServerHello accepting the PSK, decoded so a test can break it. */
    private ServerHello serverHelloAccepting(Conversation c, CipherSuite suite) throws Exception {
        Bytes hello = c.server().serverHello(c.lastSent(), suite, NamedGroup.X25519, Optional.of(serverPsk));
        return (ServerHello) Tls13Messages.decode(Rfc8448Traces.frame(hello));
    }

    private void assertOfferless(EngineConfig config, Optional<String> serverName) throws Exception {
        Conversation c = Conversation.start(config, serverName);
        assertEquals(Optional.empty(), lastHello(c).offeredPsks());
        assertTrue(store.keys().isEmpty());
    }

    /** The second connection of a client whose first one kept a ticket. */
    private Conversation secondConnection(EngineConfig.Builder config) throws Exception {
        firstConnection(config("first"));
        return Conversation.start(config.clock(InstantSource.fixed(SECOND)).build());
    }

    /** A full handshake at {@link #FIRST} ending in a two-hour ticket "aa bb cc". */
    private void firstConnection(EngineConfig.Builder config) throws Exception {
        Conversation c = Conversation.start(config.clock(InstantSource.fixed(FIRST)).build()).fullHandshake();
        TestServer.Ticket ticket = c.server().newSessionTicket(7200, AGE_ADD, Bytes.fromHex("00 01"),
                Bytes.fromHex("aa bb cc"), List.of());
        c.receive(ticket.message());
        serverPsk = ticket.psk();
    }

    private EngineConfig.Builder config(String seed) throws Exception {
        return Conversation.config(seed).sessionStore(store);
    }

    private static ClientHello lastHello(Conversation c) throws Exception {
        return (ClientHello) Tls13Messages.decode(Rfc8448Traces.frame(c.lastSent()));
    }
}
