package dev.parley.handshake.client;

import static dev.parley.handshake.client.Failures.assertFails;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_HELLO;
import static dev.parley.handshake.client.Rfc8448Traces.message;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.KeyShareEntry;
import dev.parley.handshake.extension.KeyShareServerHello;
import dev.parley.handshake.extension.PreSharedKeyServerHello;
import dev.parley.handshake.extension.SupportedVersionsServerHello;
import dev.parley.handshake.message.EncryptedExtensions;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.ServerHello;
import dev.parley.record.AlertDescription;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.wire.WireFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every check on the ServerHello (RFC 8446 §4.1.3, §4.2, §4.2.1, §4.2.8), each on RFC 8448 §3's
 * ServerHello with one thing changed, fed to the client that sent §3's ClientHello.
 */
class ServerHelloChecksTest {

    private final ServerHello rfc = (ServerHello) decode(message(3, SERVER_HELLO));

    @Test
    void acceptsTheRfcServerHello() throws Exception {
        assertInstanceOf(WaitEncryptedExtensions.class, client().feed(message(3, SERVER_HELLO)).state());
    }

    @Test
    void refusesAnotherMessageFirst() throws Exception {
        Replay client = client();
        assertFails(HandshakeFailure.UNEXPECTED_SERVER_MESSAGE, AlertDescription.UNEXPECTED_MESSAGE,
                () -> client.feed(Handshake.of(new EncryptedExtensions(List.of())).encoded()));
    }

    @Test
    void refusesTls12WithoutSupportedVersions() throws Exception {
        assertRefused(HandshakeFailure.SERVER_SELECTED_OLD_VERSION, AlertDescription.PROTOCOL_VERSION,
                hello -> withExtensions(hello, List.of(hello.extensions().get(0))));
    }

    @Test
    void refusesTheDowngradeSentinels() throws Exception {
        for (String sentinel : List.of("44 4F 57 4E 47 52 44 01", "44 4F 57 4E 47 52 44 00")) {
            assertRefused(HandshakeFailure.DOWNGRADE_DETECTED, AlertDescription.ILLEGAL_PARAMETER, hello -> {
                Bytes random = hello.random().slice(0, 24).concat(Bytes.fromHex(sentinel));
                return new ServerHello(hello.legacyVersion(), random, hello.legacySessionIdEcho(), hello.cipherSuite(),
                        0, List.of(hello.extensions().get(0)));
            });
        }
    }

    @Test
    void refusesAVersionBelowTls13OrNotOffered() throws Exception {
        for (int version : new int[] {0x0303, 0x0305, 0x7f1c, 0x0a0a}) {
            assertRefused(HandshakeFailure.ILLEGAL_SELECTED_VERSION, AlertDescription.ILLEGAL_PARAMETER,
                    hello -> withExtension(hello, SupportedVersionsServerHello.EXTENSION.toExtension(
                            new SupportedVersionsServerHello(new ProtocolVersion(version)))));
        }
    }

    @Test
    void refusesALegacyVersionOtherThanTls12() throws Exception {
        assertRefused(HandshakeFailure.ILLEGAL_SELECTED_VERSION, AlertDescription.ILLEGAL_PARAMETER,
                hello -> new ServerHello(ProtocolVersion.TLS13, hello.random(), hello.legacySessionIdEcho(),
                        hello.cipherSuite(), 0, hello.extensions()));
    }

    @Test
    void refusesASessionIdEchoWeDidNotSend() throws Exception {
        assertRefused(HandshakeFailure.SESSION_ID_ECHO_MISMATCH, AlertDescription.ILLEGAL_PARAMETER,
                hello -> new ServerHello(hello.legacyVersion(), hello.random(), Bytes.wrap(new byte[32]),
                        hello.cipherSuite(), 0, hello.extensions()));
    }

    @Test
    void refusesASuiteWeDidNotOfferGreaseIncluded() throws Exception {
        for (int suite : new int[] {0x1304, 0xC02F, 0x0a0a}) {
            assertRefused(HandshakeFailure.CIPHER_SUITE_NOT_OFFERED, AlertDescription.ILLEGAL_PARAMETER,
                    hello -> new ServerHello(hello.legacyVersion(), hello.random(), hello.legacySessionIdEcho(),
                            new CipherSuite(suite), 0, hello.extensions()));
        }
    }

    @Test
    void refusesCompression() throws Exception {
        assertRefused(HandshakeFailure.COMPRESSION_METHOD_NOT_NULL, AlertDescription.ILLEGAL_PARAMETER,
                hello -> new ServerHello(hello.legacyVersion(), hello.random(), hello.legacySessionIdEcho(),
                        hello.cipherSuite(), 1, hello.extensions()));
    }

    @Test
    void refusesAnswersToExtensionsWeDidNotSend() throws Exception {
        for (ExtensionType type : List.of(ExtensionType.COOKIE, ExtensionType.APPLICATION_LAYER_PROTOCOL_NEGOTIATION,
                ExtensionType.EARLY_DATA, new ExtensionType(0x1a1a), new ExtensionType(0xff00))) {
            assertRefused(HandshakeFailure.EXTENSION_NOT_OFFERED, AlertDescription.UNSUPPORTED_EXTENSION,
                    hello -> withExtension(hello, new Extension(type, Bytes.EMPTY)));
        }
        assertRefused(HandshakeFailure.EXTENSION_NOT_OFFERED, AlertDescription.UNSUPPORTED_EXTENSION,
                hello -> withExtension(hello, PreSharedKeyServerHello.EXTENSION.toExtension(new PreSharedKeyServerHello(0))));
    }

    @Test
    void refusesExtensionsWeSentThatDoNotBelongInAServerHello() throws Exception {
        for (ExtensionType type : List.of(ExtensionType.SERVER_NAME, ExtensionType.SUPPORTED_GROUPS,
                ExtensionType.RECORD_SIZE_LIMIT, ExtensionType.SIGNATURE_ALGORITHMS)) {
            assertRefused(HandshakeFailure.EXTENSION_NOT_ALLOWED, AlertDescription.ILLEGAL_PARAMETER,
                    hello -> withExtension(hello, new Extension(type, Bytes.EMPTY)));
        }
    }

    @Test
    void refusesAHelloWithoutKeyShare() throws Exception {
        assertRefused(HandshakeFailure.MISSING_KEY_SHARE, AlertDescription.MISSING_EXTENSION,
                hello -> withExtensions(hello, List.of(hello.extensions().get(1))));
    }

    @Test
    void refusesAShareInAGroupWeSentNoShareFor() throws Exception {
        for (int group : new int[] {0x0017, 0x0a0a, 0x001e}) {
            assertRefused(HandshakeFailure.KEY_SHARE_GROUP_NOT_OFFERED, AlertDescription.ILLEGAL_PARAMETER,
                    hello -> withExtension(hello, KeyShareServerHello.EXTENSION.toExtension(new KeyShareServerHello(
                            new KeyShareEntry(new NamedGroup(group), Bytes.wrap(new byte[65]))))));
        }
    }

    @Test
    void refusesAnInvalidShare() throws Exception {
        // RFC 7748 §6.1: the all-zero point gives the all-zero shared secret; a 31-byte share has the wrong length.
        for (Bytes share : List.of(Bytes.wrap(new byte[32]), Bytes.wrap(new byte[31]))) {
            assertRefused(HandshakeFailure.INVALID_SERVER_KEY_SHARE, AlertDescription.ILLEGAL_PARAMETER,
                    hello -> withExtension(hello, KeyShareServerHello.EXTENSION.toExtension(
                            new KeyShareServerHello(new KeyShareEntry(NamedGroup.X25519, share)))));
        }
    }

    @Test
    void refusesDuplicateExtensions() throws Exception {
        assertRefused(HandshakeFailure.DUPLICATE_EXTENSION, AlertDescription.ILLEGAL_PARAMETER, hello -> {
            List<Extension> twice = new ArrayList<>(hello.extensions());
            twice.add(hello.extensions().get(1));
            return withExtensions(hello, twice);
        });
    }

    @Test
    void refusesAMalformedServerHello() throws Exception {
        Replay client = client();
        Bytes truncated = Bytes.fromHex("02 00 00 03 03 03 00");
        assertFails(WireFailure.TRUNCATED, AlertDescription.DECODE_ERROR, () -> client.feed(truncated));
    }

    @Test
    void refusesASecondServerHello() throws Exception {
        Replay client = client().feed(message(3, SERVER_HELLO));
        assertFails(HandshakeFailure.UNEXPECTED_SERVER_MESSAGE, AlertDescription.UNEXPECTED_MESSAGE,
                () -> client.feed(message(3, SERVER_HELLO)));
    }

    private void assertRefused(HandshakeFailure reason, AlertDescription alert, UnaryOperator<ServerHello> edit)
            throws Exception {
        Replay client = client();
        Bytes edited = Handshake.of(edit.apply(rfc)).encoded();
        assertFails(reason, alert, () -> client.feed(edited));
    }

    /** {@code hello} with {@code extension} replacing the one of its type, or added at the end. */
    static ServerHello withExtension(ServerHello hello, Extension extension) {
        List<Extension> extensions = new ArrayList<>(hello.extensions());
        extensions.removeIf(e -> e.extensionType().equals(extension.extensionType()));
        extensions.add(extension);
        return withExtensions(hello, extensions);
    }

    static ServerHello withExtensions(ServerHello hello, List<Extension> extensions) {
        return new ServerHello(hello.legacyVersion(), hello.random(), hello.legacySessionIdEcho(), hello.cipherSuite(),
                hello.legacyCompressionMethod(), extensions);
    }

    private static Replay client() throws Exception {
        return Rfc8448SimpleHandshakeClientTest.replay(new MapSessionStore());
    }

    private static Object decode(Bytes message) {
        try {
            return dev.parley.handshake.message.Tls13Messages.decode(Rfc8448Traces.frame(message));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
