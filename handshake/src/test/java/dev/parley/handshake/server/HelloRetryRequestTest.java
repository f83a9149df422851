package dev.parley.handshake.server;

import static dev.parley.handshake.server.Alerts.assertAlert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.extension.Cookie;
import dev.parley.handshake.extension.Empty;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.KeyShareClientHello;
import dev.parley.handshake.extension.KeyShareHelloRetryRequest;
import dev.parley.handshake.extension.Padding;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.HelloRetryRequest;
import dev.parley.handshake.message.Tls13Messages;
import dev.parley.record.AlertDescription;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The HelloRetryRequest path (RFC 8446 §4.1.4): when it is sent, what it holds, and what the
 * second ClientHello may and may not change (§4.1.2, §4.2.8, §4.2.10).
 */
class HelloRetryRequestTest {

    private final TestClient client = new TestClient(ServerFixtures.crypto("retry client"));
    private final ServerUnderTest server = new ServerUnderTest(ServerFixtures.server("retry").build());

    /** A first ClientHello with a share for X448 only, which this server does not accept. */
    private ClientHelloBuilder firstHello() {
        return new ClientHelloBuilder(client, NamedGroup.X448).groups(NamedGroup.X448, NamedGroup.SECP256R1);
    }

    /** The same hello with one P-256 share, as a conforming client sends it after the retry. */
    private ClientHelloBuilder secondHello(ClientHelloBuilder first) {
        return first.put(KeyShareClientHello.EXTENSION, new KeyShareClientHello(List.of(client.share(NamedGroup.SECP256R1))));
    }

    private HelloRetryRequest retry(ClientHelloBuilder first) throws Exception {
        List<Handshake> answer = server.feed(client.send(first.build()));
        assertEquals(1, answer.size());
        client.receive(answer.get(0));
        return (HelloRetryRequest) Tls13Messages.decode(answer.get(0));
    }

    @Test
    void asksForTheFirstCommonGroupAndCompletes() throws Exception {
        ClientHelloBuilder first = firstHello();
        HelloRetryRequest request = retry(first);

        assertEquals(NamedGroup.SECP256R1,
                request.extension(KeyShareHelloRetryRequest.EXTENSION).orElseThrow().selectedGroup());
        assertEquals(CipherSuite.TLS_AES_128_GCM_SHA256, request.cipherSuite());
        assertTrue(request.extension(Cookie.EXTENSION).isEmpty(), "a stateful server sends no cookie");
        assertInstanceOf(WaitSecondClientHello.class, server.state());

        List<Handshake> flight = server.feed(client.send(secondHello(first)
                .put(Padding.EXTENSION, new Padding(40)).build()));
        client.receiveAll(flight);
        server.feed(client.secondFlight(Optional.empty()).get(0));
        assertTrue(server.cx.session().orElseThrow().helloRetryRequest());
        assertEquals(Optional.of(NamedGroup.SECP256R1), server.cx.session().orElseThrow().group());
    }

    @Test
    void asksForAShareWhenTheClientSentNone() throws Exception {
        HelloRetryRequest request = retry(new ClientHelloBuilder(client).put(KeyShareClientHello.EXTENSION,
                new KeyShareClientHello(List.of())));
        assertEquals(NamedGroup.X25519, request.extension(KeyShareHelloRetryRequest.EXTENSION).orElseThrow()
                .selectedGroup());
    }

    @Test
    void echoesTheSessionIdAndSendsOneChangeCipherSpecInCompatibilityMode() throws Exception {
        ClientHelloBuilder first = firstHello();
        first.sessionId = Bytes.fromHex("ab".repeat(32));
        HelloRetryRequest request = retry(first);
        assertEquals(first.sessionId, request.legacySessionIdEcho());
        assertEquals(List.of("message", "ccs"), server.cx.events().stream().map(RecordingContext.Event::kind).toList(),
                "RFC 8446 §D.4: the change_cipher_spec follows the HelloRetryRequest");
        List<Handshake> flight = server.feed(client.send(secondHello(first).build()));
        assertEquals(HandshakeType.SERVER_HELLO, flight.get(0).msgType());
        assertEquals(2, server.cx.changeCipherSpecs(), "asked twice; the context sends one");
    }

    @Test
    void skipsEarlyDataOfTheFirstClientHello() throws Exception {
        ClientHelloBuilder first = firstHello().put(Empty.EARLY_DATA, Empty.INSTANCE);
        retry(first);
        assertEquals(Optional.of(WaitClientHello.MAX_REJECTED_EARLY_DATA), server.cx.skippedEarlyData());
    }

    @Test
    void refusesEarlyDataInTheSecondClientHello() throws Exception {
        ClientHelloBuilder first = firstHello();
        retry(first);
        ClientHello second = secondHello(first).put(Empty.EARLY_DATA, Empty.INSTANCE).build();
        assertAlert(HandshakeFailure.EARLY_DATA_AFTER_RETRY, AlertDescription.ILLEGAL_PARAMETER,
                () -> server.feed(client.send(second)));
    }

    @Test
    void refusesASecondClientHelloWithoutTheSelectedShare() throws Exception {
        ClientHelloBuilder first = firstHello();
        retry(first);
        ClientHello unchanged = first.build();
        assertAlert(HandshakeFailure.RETRY_KEY_SHARE_MISMATCH, AlertDescription.ILLEGAL_PARAMETER,
                () -> server.feed(client.send(unchanged)));
    }

    @Test
    void refusesASecondClientHelloWithAnExtraShare() throws Exception {
        ClientHelloBuilder first = firstHello();
        retry(first);
        ClientHello twoShares = first.put(KeyShareClientHello.EXTENSION, new KeyShareClientHello(List.of(
                client.share(NamedGroup.SECP256R1), client.share(NamedGroup.X448)))).build();
        assertAlert(HandshakeFailure.RETRY_KEY_SHARE_MISMATCH, AlertDescription.ILLEGAL_PARAMETER,
                () -> server.feed(client.send(twoShares)));
    }

    @Test
    void refusesASecondClientHelloThatChangedItsRandom() throws Exception {
        ClientHelloBuilder first = firstHello();
        retry(first);
        ClientHelloBuilder second = secondHello(first);
        second.random = Bytes.fromHex("22".repeat(32));
        assertAlert(HandshakeFailure.RETRY_CLIENT_HELLO_CHANGED, AlertDescription.ILLEGAL_PARAMETER,
                () -> server.feed(client.send(second.build())));
    }

    @Test
    void refusesASecondClientHelloThatChangedItsSuites() throws Exception {
        ClientHelloBuilder first = firstHello();
        retry(first);
        ClientHello second = secondHello(first).suites(CipherSuite.TLS_AES_256_GCM_SHA384).build();
        assertAlert(HandshakeFailure.RETRY_CLIENT_HELLO_CHANGED, AlertDescription.ILLEGAL_PARAMETER,
                () -> server.feed(client.send(second)));
    }

    @Test
    void refusesASecondClientHelloWithANewExtension() throws Exception {
        ClientHelloBuilder first = firstHello();
        retry(first);
        ClientHello second = secondHello(first).serverName("server.example").build();
        assertAlert(HandshakeFailure.RETRY_CLIENT_HELLO_CHANGED, AlertDescription.ILLEGAL_PARAMETER,
                () -> server.feed(client.send(second)));
    }

    @Test
    void acceptsACookieAndNewPaddingInTheSecondClientHello() throws Exception {
        ClientHelloBuilder first = firstHello().put(Padding.EXTENSION, new Padding(10));
        retry(first);
        ClientHello second = secondHello(first).remove(ExtensionType.PADDING)
                .put(Cookie.EXTENSION, new Cookie(Bytes.of((byte) 1))).build();
        assertEquals(HandshakeType.SERVER_HELLO, server.feed(client.send(second)).get(0).msgType());
    }

    @Test
    void neverSendsASecondHelloRetryRequest() throws Exception {
        ClientHelloBuilder first = firstHello();
        retry(first);
        ClientHello emptyShares = first.put(KeyShareClientHello.EXTENSION, new KeyShareClientHello(List.of())).build();
        assertAlert(HandshakeFailure.RETRY_KEY_SHARE_MISMATCH, AlertDescription.ILLEGAL_PARAMETER,
                () -> server.feed(client.send(emptyShares)));
    }

    @Test
    void refusesAnythingButAClientHelloAfterTheRetry() throws Exception {
        retry(firstHello());
        assertAlert(HandshakeFailure.CLIENT_MESSAGE_OUT_OF_ORDER, AlertDescription.UNEXPECTED_MESSAGE,
                () -> server.feed(new Handshake(HandshakeType.FINISHED, Bytes.wrap(new byte[32]))));
    }

    @Test
    void followsTheClientsGroupOrderWithoutServerPreference() throws Exception {
        EngineConfig clientOrder = ServerFixtures.server("client order").serverCipherPreference(false).build();
        ServerUnderTest lenient = new ServerUnderTest(clientOrder);
        List<Handshake> answer = lenient.feed(client.send(new ClientHelloBuilder(client, NamedGroup.SECP384R1)
                .groups(NamedGroup.SECP384R1, NamedGroup.SECP256R1, NamedGroup.X25519).build()));
        assertEquals(HandshakeType.SERVER_HELLO, answer.get(0).msgType(), "P-384 is ours too: no retry");
        List<Handshake> retryAnswer = new ServerUnderTest(clientOrder).feed(Handshake.of(new ClientHelloBuilder(client)
                .groups(NamedGroup.SECP256R1, NamedGroup.X25519).put(new Extension(ExtensionType.KEY_SHARE,
                        Bytes.of((byte) 0, (byte) 0))).build()));
        assertEquals(NamedGroup.SECP256R1, ((HelloRetryRequest) Tls13Messages.decode(retryAnswer.get(0)))
                .extension(KeyShareHelloRetryRequest.EXTENSION).orElseThrow().selectedGroup());
    }
}
