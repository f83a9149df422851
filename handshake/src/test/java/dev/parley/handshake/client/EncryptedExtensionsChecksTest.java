package dev.parley.handshake.client;

import static dev.parley.handshake.client.Failures.assertFails;
import static dev.parley.handshake.client.Rfc8448Traces.CERTIFICATE;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_HELLO;
import static dev.parley.handshake.client.Rfc8448Traces.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.extension.Empty;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.ProtocolNameList;
import dev.parley.handshake.extension.RecordSizeLimit;
import dev.parley.handshake.message.EncryptedExtensions;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.AlertDescription;
import dev.parley.record.wire.WireFailure;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The checks on EncryptedExtensions (RFC 8446 §4.3.1, §4.2; RFC 7301 §3.2; RFC 6066 §3; RFC 8449).
 * Most run on the client of RFC 8448 §3 right after the RFC's ServerHello; the ones that need
 * ALPN or no SNI run against the test server.
 */
class EncryptedExtensionsChecksTest {

    @Test
    void refusesEarlyDataItNeverOffered() throws Exception {
        assertRefused(HandshakeFailure.EXTENSION_NOT_OFFERED, AlertDescription.UNSUPPORTED_EXTENSION,
                new Extension(ExtensionType.EARLY_DATA, Bytes.EMPTY));
    }

    @Test
    void refusesAnswersToExtensionsNotSent() throws Exception {
        for (ExtensionType type : List.of(ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION,
                ExtensionType.MAX_FRAGMENT_LENGTH, ExtensionType.USE_SRTP, new ExtensionType(0x3a3a))) {
            assertRefused(HandshakeFailure.EXTENSION_NOT_OFFERED, AlertDescription.UNSUPPORTED_EXTENSION,
                    new Extension(type, Bytes.fromHex("00 03 02 68 32")));
        }
    }

    @Test
    void refusesExtensionsSentThatDoNotBelongHere() throws Exception {
        for (ExtensionType type : List.of(ExtensionType.KEY_SHARE, ExtensionType.SUPPORTED_VERSIONS,
                ExtensionType.SIGNATURE_ALGORITHMS, ExtensionType.PSK_KEY_EXCHANGE_MODES)) {
            assertRefused(HandshakeFailure.EXTENSION_NOT_ALLOWED, AlertDescription.ILLEGAL_PARAMETER,
                    new Extension(type, Bytes.EMPTY));
        }
    }

    @Test
    void refusesAServerNameAnswerWithData() throws Exception {
        assertRefused(WireFailure.TRAILING_BYTES, AlertDescription.DECODE_ERROR,
                new Extension(ExtensionType.SERVER_NAME, Bytes.fromHex("00")));
    }

    @Test
    void refusesATooSmallRecordSizeLimit() throws Exception {
        assertRefused(HandshakeFailure.RECORD_SIZE_LIMIT_TOO_SMALL, AlertDescription.ILLEGAL_PARAMETER,
                new Extension(ExtensionType.RECORD_SIZE_LIMIT, Bytes.fromHex("00 3f")));
    }

    @Test
    void refusesDuplicates() throws Exception {
        Replay client = afterServerHello();
        Extension limit = RecordSizeLimit.EXTENSION.toExtension(new RecordSizeLimit(1000));
        Bytes twice = Bytes.fromHex("08 00 00 0e 00 0c").concat(encoded(limit)).concat(encoded(limit));
        assertFails(HandshakeFailure.DUPLICATE_EXTENSION, AlertDescription.ILLEGAL_PARAMETER, () -> client.feed(twice));
    }

    @Test
    void refusesAnotherMessage() throws Exception {
        Replay client = afterServerHello();
        assertFails(HandshakeFailure.UNEXPECTED_SERVER_MESSAGE, AlertDescription.UNEXPECTED_MESSAGE,
                () -> client.feed(message(3, CERTIFICATE)));
    }

    @Test
    void acceptsTheAlpnProtocolItOffered() throws Exception {
        Conversation c = alpnClient();
        c.receive(c.server().send(new EncryptedExtensions(List.of(ProtocolNameList.EXTENSION.toExtension(
                ProtocolNameList.of("http/1.1")))))).authenticateAndFinish();
        assertEquals(Optional.of("http/1.1"), c.context().session().orElseThrow().applicationProtocol());
    }

    @Test
    void refusesAnAlpnProtocolItDidNotOffer() throws Exception {
        Conversation c = alpnClient();
        Bytes answer = c.server().send(new EncryptedExtensions(List.of(ProtocolNameList.EXTENSION.toExtension(
                ProtocolNameList.of("spdy/3")))));
        assertFails(HandshakeFailure.ALPN_PROTOCOL_NOT_OFFERED, AlertDescription.ILLEGAL_PARAMETER,
                () -> c.receive(answer));
    }

    @Test
    void refusesAnAlpnAnswerWithTwoProtocols() throws Exception {
        Conversation c = alpnClient();
        Bytes answer = c.server().send(new EncryptedExtensions(List.of(ProtocolNameList.EXTENSION.toExtension(
                ProtocolNameList.of("h2", "http/1.1")))));
        assertFails(HandshakeFailure.ALPN_ANSWER_NOT_ONE_PROTOCOL, AlertDescription.DECODE_ERROR,
                () -> c.receive(answer));
    }

    @Test
    void refusesAServerNameAnswerWhenItSentNoName() throws Exception {
        Conversation c = Conversation.start(Conversation.config("ip").build(), Optional.of("192.0.2.1")).serverHello();
        Bytes answer = c.server().send(new EncryptedExtensions(List.of(Empty.SERVER_NAME.toExtension(Empty.INSTANCE))));
        assertFails(HandshakeFailure.EXTENSION_NOT_OFFERED, AlertDescription.UNSUPPORTED_EXTENSION,
                () -> c.receive(answer));
    }

    @Test
    void takesTheServersRecordSizeLimitAndSupportedGroups() throws Exception {
        Replay client = afterServerHello();
        client.feed(Handshake.of(new EncryptedExtensions(List.of(
                RecordSizeLimit.EXTENSION.toExtension(new RecordSizeLimit(512)),
                new Extension(ExtensionType.SUPPORTED_GROUPS, Bytes.fromHex("00 02 00 1d")),
                Empty.SERVER_NAME.toExtension(Empty.INSTANCE)))).encoded());
        assertInstanceOf(WaitCertificateOrCertificateRequest.class, client.state());
        assertEquals(List.of(new RecordingContext.RecordSizeLimit(512)),
                client.context().events(RecordingContext.RecordSizeLimit.class));
    }

    private static Conversation alpnClient() throws Exception {
        return Conversation.start(Conversation.config("alpn").applicationProtocols(List.of("h2", "http/1.1")).build())
                .serverHello();
    }

    private static void assertRefused(dev.parley.record.FailureReason reason, AlertDescription alert,
                                      Extension extension) throws Exception {
        Replay client = afterServerHello();
        Bytes message = Handshake.of(new EncryptedExtensions(List.of(extension))).encoded();
        assertFails(reason, alert, () -> client.feed(message));
    }

    private static Replay afterServerHello() throws Exception {
        return Rfc8448SimpleHandshakeClientTest.replay(new MapSessionStore()).feed(message(3, SERVER_HELLO));
    }

    private static Bytes encoded(Extension extension) {
        return Bytes.wrap(Extension.CODEC.encode(extension));
    }
}
