package dev.parley.handshake.client;

import static dev.parley.handshake.client.Failures.assertFails;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_HELLO;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_KEY_PAIR;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_P256_KEY_PAIR;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_HELLO;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_NAME;
import static dev.parley.handshake.client.Rfc8448Traces.message;
import static dev.parley.handshake.client.Rfc8448Traces.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.KeyAgreementAlgorithm;
import dev.parley.crypto.ReplayRandomSource;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.extension.Cookie;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.KeyShareClientHello;
import dev.parley.handshake.extension.KeyShareHelloRetryRequest;
import dev.parley.handshake.extension.SupportedVersionsServerHello;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.HelloRetryRequest;
import dev.parley.handshake.message.ServerHello;
import dev.parley.handshake.message.Tls13Messages;
import dev.parley.record.AlertDescription;
import dev.parley.record.ProtocolVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every check on a HelloRetryRequest (RFC 8446 §4.1.4, §4.2.8) and on the ServerHello that follows
 * it, each on RFC 8448 §5's HelloRetryRequest with one thing changed, fed to the client that sent
 * §5's first ClientHello (X25519 share; X25519, P-256 and P-384 supported).
 */
class HelloRetryRequestChecksTest {

    private final HelloRetryRequest rfc = (HelloRetryRequest) decode(message(5, SERVER_HELLO, 0));

    @Test
    void refusesASecondHelloRetryRequest() throws Exception {
        Replay client = client().feed(message(5, SERVER_HELLO, 0));
        assertFails(HandshakeFailure.SECOND_HELLO_RETRY_REQUEST, AlertDescription.UNEXPECTED_MESSAGE,
                () -> client.feed(message(5, SERVER_HELLO, 0)));
    }

    @Test
    void refusesARetryThatChangesNothing() throws Exception {
        assertRefused(HandshakeFailure.HELLO_RETRY_WITHOUT_CHANGE, AlertDescription.ILLEGAL_PARAMETER,
                retry -> withExtensions(retry, List.of(versions())));
    }

    @Test
    void refusesAGroupNotSupportedOrAlreadyShared() throws Exception {
        for (NamedGroup group : List.of(NamedGroup.X448, NamedGroup.X25519, new NamedGroup(0x2a2a))) {
            assertRefused(HandshakeFailure.HELLO_RETRY_GROUP_INVALID, AlertDescription.ILLEGAL_PARAMETER,
                    retry -> withExtensions(retry, List.of(selected(group), versions())));
        }
    }

    @Test
    void refusesARetryWithoutSupportedVersions() throws Exception {
        assertRefused(HandshakeFailure.HELLO_RETRY_WITHOUT_SUPPORTED_VERSIONS, AlertDescription.MISSING_EXTENSION,
                retry -> withExtensions(retry, List.of(selected(NamedGroup.SECP256R1))));
    }

    @Test
    void refusesAnOldOrUnofferedVersion() throws Exception {
        assertRefused(HandshakeFailure.ILLEGAL_SELECTED_VERSION, AlertDescription.ILLEGAL_PARAMETER,
                retry -> withExtensions(retry, List.of(selected(NamedGroup.SECP256R1),
                        SupportedVersionsServerHello.EXTENSION.toExtension(
                                new SupportedVersionsServerHello(ProtocolVersion.TLS12)))));
    }

    @Test
    void refusesExtensionsItMayNotCarry() throws Exception {
        assertRefused(HandshakeFailure.EXTENSION_NOT_OFFERED, AlertDescription.UNSUPPORTED_EXTENSION,
                retry -> withExtensions(retry, List.of(selected(NamedGroup.SECP256R1), versions(),
                        new Extension(ExtensionType.PRE_SHARED_KEY, Bytes.fromHex("00 00")))));
        assertRefused(HandshakeFailure.EXTENSION_NOT_ALLOWED, AlertDescription.ILLEGAL_PARAMETER,
                retry -> withExtensions(retry, List.of(selected(NamedGroup.SECP256R1), versions(),
                        new Extension(ExtensionType.SERVER_NAME, Bytes.EMPTY))));
    }

    @Test
    void refusesAnUnofferedSuiteAnEchoMismatchAndCompression() throws Exception {
        assertRefused(HandshakeFailure.CIPHER_SUITE_NOT_OFFERED, AlertDescription.ILLEGAL_PARAMETER,
                retry -> new HelloRetryRequest(retry.legacyVersion(), retry.legacySessionIdEcho(),
                        new CipherSuite(0x1304), 0, retry.extensions()));
        assertRefused(HandshakeFailure.SESSION_ID_ECHO_MISMATCH, AlertDescription.ILLEGAL_PARAMETER,
                retry -> new HelloRetryRequest(retry.legacyVersion(), Bytes.of((byte) 1), retry.cipherSuite(), 0,
                        retry.extensions()));
        assertRefused(HandshakeFailure.COMPRESSION_METHOD_NOT_NULL, AlertDescription.ILLEGAL_PARAMETER,
                retry -> new HelloRetryRequest(retry.legacyVersion(), retry.legacySessionIdEcho(),
                        retry.cipherSuite(), 1, retry.extensions()));
    }

    @Test
    void refusesAServerHelloWithAnotherSuiteThanTheRetry() throws Exception {
        Replay client = client().feed(message(5, SERVER_HELLO, 0));
        ServerHello hello = (ServerHello) decode(message(5, SERVER_HELLO, 1));
        ServerHello otherSuite = new ServerHello(hello.legacyVersion(), hello.random(), hello.legacySessionIdEcho(),
                CipherSuite.TLS_CHACHA20_POLY1305_SHA256, 0, hello.extensions());
        assertFails(HandshakeFailure.CIPHER_SUITE_NOT_OFFERED, AlertDescription.ILLEGAL_PARAMETER,
                () -> client.feed(Handshake.of(otherSuite).encoded()));
    }

    @Test
    void refusesAServerHelloInAnotherGroupThanTheRetry() throws Exception {
        Replay client = client().feed(message(5, SERVER_HELLO, 0));
        ServerHello x25519 = ServerHelloChecksTest.withExtension((ServerHello) decode(message(5, SERVER_HELLO, 1)),
                ((ServerHello) decode(message(3, SERVER_HELLO))).extensions().get(0));
        assertFails(HandshakeFailure.KEY_SHARE_GROUP_NOT_OFFERED, AlertDescription.ILLEGAL_PARAMETER,
                () -> client.feed(Handshake.of(x25519).encoded()));
    }

    @Test
    void refusesAGroupItListsButCannotCompute() throws Exception {
        // §3's client lists ffdhe6144, for which Parley has no implementation.
        Replay client = Rfc8448SimpleHandshakeClientTest.replay(new MapSessionStore());
        Bytes retry = Handshake.of(withExtensions(rfc, List.of(selected(NamedGroup.FFDHE6144), versions()))).encoded();
        assertFails(HandshakeFailure.SELECTED_GROUP_UNIMPLEMENTED, AlertDescription.HANDSHAKE_FAILURE,
                () -> client.feed(retry));
    }

    @Test
    void echoesACookieAndKeepsItsShares() throws Exception {
        Bytes cookie = Bytes.fromHex("c0 0c 1e");
        Replay client = client();
        client.feed(Handshake.of(withExtensions(rfc, List.of(versions(),
                Cookie.EXTENSION.toExtension(new Cookie(cookie))))).encoded());
        assertInstanceOf(WaitServerHello.class, client.state());
        ClientHello first = (ClientHello) decode(message(5, CLIENT_HELLO, 0));
        ClientHello second = (ClientHello) decode(client.context().sent().get(1));
        assertEquals(first.random(), second.random(), "RFC 8446 §4.1.2: the same hello, changed only as listed");
        assertEquals(first.extension(KeyShareClientHello.EXTENSION), second.extension(KeyShareClientHello.EXTENSION));
        assertEquals(Optional.of(new Cookie(cookie)), second.extension(Cookie.EXTENSION));
        List<ExtensionType> types = second.extensions().stream().map(Extension::extensionType).toList();
        assertEquals(types.indexOf(ExtensionType.SIGNATURE_ALGORITHMS) + 1, types.indexOf(ExtensionType.COOKIE));
    }

    @Test
    void sendsChangeCipherSpecBeforeTheSecondHelloInCompatibilityMode() throws Exception {
        Conversation c = Conversation.start(Conversation.config("hrr ccs").build());
        c.receive(c.server().helloRetryRequest(c.lastSent(), CipherSuite.TLS_AES_128_GCM_SHA256,
                Optional.of(NamedGroup.SECP256R1), Optional.empty()));
        List<RecordingContext.Event> events = c.context().events();
        assertEquals(new RecordingContext.ChangeCipherSpec(), events.get(events.size() - 2));
        assertInstanceOf(RecordingContext.Sent.class, events.get(events.size() - 1));
    }

    @Test
    void keepsItsGreaseValuesButNotTheGreaseShare() throws Exception {
        Conversation c = Conversation.start(Conversation.config("hrr grease").build());
        ClientHello first = (ClientHello) decode(c.lastSent());
        c.receive(c.server().helloRetryRequest(c.lastSent(), CipherSuite.TLS_AES_128_GCM_SHA256,
                Optional.of(NamedGroup.SECP256R1), Optional.empty()));
        ClientHello second = (ClientHello) decode(c.lastSent());
        assertEquals(first.cipherSuites(), second.cipherSuites());
        assertEquals(first.extensions().get(0), second.extensions().get(0), "the empty GREASE extension");
        List<Extension> secondExtensions = second.extensions();
        assertTrue(secondExtensions.stream().filter(e -> e.extensionType().isGrease()).count() == 2);
        assertEquals(List.of(NamedGroup.SECP256R1), second.extension(KeyShareClientHello.EXTENSION).orElseThrow()
                .clientShares().stream().map(share -> share.group()).toList(),
                "RFC 8446 §4.1.2: a single KeyShareEntry in the indicated group");
    }

    @Test
    void completesAfterARetry() throws Exception {
        Conversation c = Conversation.start(Conversation.config("hrr done").build());
        c.receive(c.server().helloRetryRequest(c.lastSent(), CipherSuite.TLS_AES_256_GCM_SHA384,
                Optional.of(NamedGroup.SECP384R1), Optional.of(Bytes.fromHex("01 02 03"))));
        c.receive(c.server().serverHello(c.lastSent(), CipherSuite.TLS_AES_256_GCM_SHA384, NamedGroup.SECP384R1));
        c.emptyEncryptedExtensions().authenticateAndFinish();
        assertInstanceOf(Connected.class, c.state());
        assertTrue(c.context().session().orElseThrow().helloRetryRequest());
        assertEquals(Optional.of(NamedGroup.SECP384R1), c.context().session().orElseThrow().group());
    }

    private void assertRefused(HandshakeFailure reason, AlertDescription alert, UnaryOperator<HelloRetryRequest> edit)
            throws Exception {
        Replay client = client();
        Bytes edited = Handshake.of(edit.apply(rfc)).encoded();
        assertFails(reason, alert, () -> client.feed(edited));
    }

    private static HelloRetryRequest withExtensions(HelloRetryRequest retry, List<Extension> extensions) {
        return new HelloRetryRequest(retry.legacyVersion(), retry.legacySessionIdEcho(), retry.cipherSuite(),
                retry.legacyCompressionMethod(), new ArrayList<>(extensions));
    }

    private static Extension selected(NamedGroup group) {
        return KeyShareHelloRetryRequest.EXTENSION.toExtension(new KeyShareHelloRetryRequest(group));
    }

    private static Extension versions() {
        return SupportedVersionsServerHello.EXTENSION.toExtension(new SupportedVersionsServerHello(ProtocolVersion.TLS13));
    }

    /** A client that has sent §5's first ClientHello; its next key share is §5's P-256 one. */
    private static Replay client() throws Exception {
        CryptoProvider crypto = new BouncyCastleCryptoProvider(
                ReplayRandomSource.of(section(5).hex(CLIENT_P256_KEY_PAIR, "private key")));
        EngineConfig config = Rfc8448Traces.config(crypto, Rfc8448SimpleHandshakeClientTest.pinnedRfcServer()).build();
        return Replay.from(config, Rfc8448Traces.clientHello(message(5, CLIENT_HELLO, 0)), NamedGroup.X25519,
                Rfc8448Traces.keyShare(crypto, 5, CLIENT_KEY_PAIR, KeyAgreementAlgorithm.X25519), Optional.empty(),
                Optional.of(SERVER_NAME));
    }

    private static Object decode(Bytes message) {
        try {
            return Tls13Messages.decode(Rfc8448Traces.frame(message));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
