package dev.parley.handshake.client;

import static dev.parley.handshake.client.Rfc8448Traces.CERTIFICATE;
import static dev.parley.handshake.client.Rfc8448Traces.CERTIFICATE_VERIFY;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_APPLICATION_KEYS;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_FINISHED;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_HANDSHAKE_KEYS;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_HELLO;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_KEY_PAIR;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_P256_KEY_PAIR;
import static dev.parley.handshake.client.Rfc8448Traces.ENCRYPTED_EXTENSIONS;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_APPLICATION_KEYS;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_FINISHED;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_HANDSHAKE_KEYS;
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
import dev.parley.handshake.Session;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.Padding;
import dev.parley.handshake.keys.Rfc8448;
import dev.parley.handshake.message.ClientHello;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.ContentType;
import dev.parley.record.ProtocolVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * RFC 8448 §5, "HelloRetryRequest", from the client's side: the server wants P-256 instead of the
 * X25519 share offered. Started from the RFC's first ClientHello, the client answers the RFC's
 * HelloRetryRequest with exactly the RFC's second ClientHello (new P-256 share, the cookie echoed,
 * padding to 512 bytes), then installs the RFC's keys and sends the RFC's Finished.
 *
 * <p>Built by Parley from a configuration with the RFC's lists, both hellos are the RFC's without
 * renegotiation_info (see {@code Rfc8448SimpleHandshakeClientTest}); the second one's padding
 * grows by those 5 bytes.
 */
class Rfc8448HelloRetryClientTest {

    private final Bytes firstHello = message(5, CLIENT_HELLO, 0);
    private final Bytes helloRetryRequest = message(5, SERVER_HELLO, 0);
    private final Bytes secondHello = message(5, CLIENT_HELLO, 1);
    private final Bytes serverHello = message(5, SERVER_HELLO, 1);

    @Test
    void answersTheRfcRetryWithTheRfcSecondHello() throws Exception {
        Replay replay = replay();
        assertEquals(List.of(firstHello), replay.context().sent());
        replay.feed(helloRetryRequest);
        assertInstanceOf(WaitServerHello.class, replay.state());
        assertEquals(List.of(firstHello, secondHello), replay.context().sent());
        assertTrue(replay.context().events(RecordingContext.ChangeCipherSpec.class).isEmpty(),
                "not in compatibility mode, so no change_cipher_spec before the second hello");
    }

    @Test
    void completesWithTheRfcKeysAndFinished() throws Exception {
        Replay replay = replay().feed(helloRetryRequest, serverHello, message(5, ENCRYPTED_EXTENSIONS),
                message(5, CERTIFICATE), message(5, CERTIFICATE_VERIFY), message(5, SERVER_FINISHED));
        assertInstanceOf(Connected.class, replay.state());
        RecordingContext cx = replay.context();
        assertEquals(List.of(firstHello, secondHello, message(5, CLIENT_FINISHED)), cx.sent());
        assertEquals(List.of(Rfc8448Traces.keys(5, SERVER_HANDSHAKE_KEYS), Rfc8448Traces.keys(5, SERVER_APPLICATION_KEYS)),
                cx.events(RecordingContext.ReadKeys.class));
        assertEquals(List.of(Rfc8448SimpleHandshakeClientTest.write(Rfc8448Traces.keys(5, CLIENT_HANDSHAKE_KEYS)),
                        Rfc8448SimpleHandshakeClientTest.write(Rfc8448Traces.keys(5, CLIENT_APPLICATION_KEYS))),
                cx.events(RecordingContext.WriteKeys.class));
        Session session = cx.session().orElseThrow();
        assertTrue(session.helloRetryRequest());
        assertEquals(Optional.of(NamedGroup.SECP256R1), session.group());
    }

    @Test
    void everyRecordOfTheTraceSealsUnderTheInstalledKeys() throws Exception {
        RecordingContext cx = replay().feed(helloRetryRequest, serverHello, message(5, ENCRYPTED_EXTENSIONS),
                message(5, CERTIFICATE), message(5, CERTIFICATE_VERIFY), message(5, SERVER_FINISHED)).context();
        Rfc8448.Section rfc = section(5);
        List<RecordingContext.ReadKeys> read = cx.events(RecordingContext.ReadKeys.class);
        List<RecordingContext.WriteKeys> written = cx.events(RecordingContext.WriteKeys.class);
        TraceRecords.assertPlaintext(rfc.operation("{client}  send handshake record:", 0), ProtocolVersion.TLS10);
        TraceRecords.assertPlaintext(rfc.operation("{server}  send handshake record:", 0), ProtocolVersion.TLS12);
        TraceRecords.assertPlaintext(rfc.operation("{client}  send handshake record:", 1), ProtocolVersion.TLS12);
        TraceRecords.assertPlaintext(rfc.operation("{server}  send handshake record:", 1), ProtocolVersion.TLS12);
        TraceRecords.assertSealed(read.get(0).key(), read.get(0).iv(), ContentType.HANDSHAKE,
                rfc.operation("{server}  send handshake record:", 2));
        TraceRecords.assertSealed(written.get(0).key(), written.get(0).iv(), ContentType.HANDSHAKE,
                rfc.operation("{client}  send handshake record:", 2));
        TraceRecords.assertSealed(read.get(1).key(), read.get(1).iv(), ContentType.ALERT,
                rfc.operation("{server}  send alert record:"));
        TraceRecords.assertSealed(written.get(1).key(), written.get(1).iv(), ContentType.ALERT,
                rfc.operation("{client}  send alert record:"));
    }

    @Test
    void buildsBothHellosFromTheConfigurationAsTheRfcWithoutRenegotiationInfo() throws Exception {
        ReplayRandomSource random = ReplayRandomSource.of(Rfc8448Traces.clientRandom(firstHello),
                section(5).hex(CLIENT_KEY_PAIR, "private key"), section(5).hex(CLIENT_P256_KEY_PAIR, "private key"));
        CryptoProvider crypto = new BouncyCastleCryptoProvider(random);
        EngineConfig config = Rfc8448Traces.config(crypto, Rfc8448SimpleHandshakeClientTest.pinnedRfcServer())
                .groups(List.of(NamedGroup.X25519, NamedGroup.SECP256R1, NamedGroup.SECP384R1)).build();
        RecordingContext cx = new RecordingContext(config);
        Replay.of(cx, ClientHandshake.start(cx, Optional.of(SERVER_NAME), "session")).feed(helloRetryRequest);

        ClientHello first = ClientHelloEdits.without(Rfc8448Traces.clientHello(firstHello),
                ExtensionType.RENEGOTIATION_INFO);
        ClientHello second = repadded(ClientHelloEdits.without(Rfc8448Traces.clientHello(secondHello),
                ExtensionType.RENEGOTIATION_INFO));
        assertEquals(List.of(Handshake.of(first).encoded(), Handshake.of(second).encoded()), cx.sent());
        assertEquals(0, random.remaining());
    }

    /** A client that has sent §5's first hello, whose next key share is §5's P-256 one. */
    private Replay replay() throws Exception {
        CryptoProvider crypto = new BouncyCastleCryptoProvider(
                ReplayRandomSource.of(section(5).hex(CLIENT_P256_KEY_PAIR, "private key")));
        EngineConfig config = Rfc8448Traces.config(crypto, Rfc8448SimpleHandshakeClientTest.pinnedRfcServer()).build();
        return Replay.from(config, Rfc8448Traces.clientHello(firstHello), NamedGroup.X25519,
                Rfc8448Traces.keyShare(crypto, 5, CLIENT_KEY_PAIR, KeyAgreementAlgorithm.X25519), Optional.empty(),
                Optional.of(SERVER_NAME));
    }

    /** {@code hello} (which ends in padding) padded to 512 bytes again, by RFC 8448's rule. */
    private static ClientHello repadded(ClientHello hello) {
        List<Extension> extensions = new ArrayList<>(hello.extensions());
        Extension last = extensions.remove(extensions.size() - 1);
        assertEquals(ExtensionType.PADDING, last.extensionType());
        int dataLength = 512 - Handshake.of(ClientHelloEdits.with(hello, extensions)).encoded().length() - 4;
        extensions.add(Padding.EXTENSION.toExtension(new Padding(dataLength)));
        return ClientHelloEdits.with(hello, extensions);
    }
}
