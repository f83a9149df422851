package dev.parley.handshake.message;

import static dev.parley.handshake.message.HandshakeDecodingTest.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.Hash;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.extension.Cookie;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.KeyShareEntry;
import dev.parley.handshake.extension.KeyShareHelloRetryRequest;
import dev.parley.handshake.extension.KeyShareServerHello;
import dev.parley.handshake.extension.SupportedVersionsServerHello;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireFailure;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HelloRetryRequest of RFC 8448 §5, the message_hash that replaces ClientHello1, and bad retries. */
class HelloRetryRequestTest {

    private static final Extension SUPPORTED_VERSIONS =
            SupportedVersionsServerHello.EXTENSION.toExtension(new SupportedVersionsServerHello(ProtocolVersion.TLS13));

    private static HandshakeMessage decode(Bytes message) throws DecodeFailure {
        return Tls13Messages.decode(Handshake.CODEC.decodeExactly(message.toByteArray(), "message"));
    }

    private static Handshake retryFrame(List<Extension> extensions, boolean extensionsPresent) {
        ServerHello hello = new ServerHello(ProtocolVersion.TLS12, HelloRetryRequest.RANDOM, Bytes.EMPTY,
                CipherSuite.TLS_AES_128_GCM_SHA256, 0, extensions, extensionsPresent);
        return Handshake.of(hello);
    }

    @Test
    void theRfc8448RetryIsAHelloRetryRequestNotAServerHello() throws DecodeFailure {
        HelloRetryRequest retry = assertInstanceOf(HelloRetryRequest.class, decode(Rfc8448.S5_HELLO_RETRY_REQUEST));
        assertEquals(HandshakeType.SERVER_HELLO, retry.msgType());
        assertEquals(CipherSuite.TLS_AES_128_GCM_SHA256, retry.cipherSuite());
        assertEquals(NamedGroup.SECP256R1, retry.extension(KeyShareHelloRetryRequest.EXTENSION).orElseThrow().selectedGroup());
        assertEquals(0x72, retry.extension(Cookie.EXTENSION).orElseThrow().cookie().length());
        assertEquals(ProtocolVersion.TLS13,
                retry.extension(SupportedVersionsServerHello.EXTENSION).orElseThrow().selectedVersion());
        assertEquals(Rfc8448.S5_HELLO_RETRY_REQUEST, Handshake.of(retry).encoded());
    }

    @Test
    void theRandomIsTheHashOfHelloRetryRequest() {
        // RFC 8446 §4.1.3: the special value is SHA-256("HelloRetryRequest").
        Hash sha256 = new BouncyCastleCryptoProvider().hash(HashAlgorithm.SHA256);
        sha256.update("HelloRetryRequest".getBytes(StandardCharsets.US_ASCII));
        assertEquals(Bytes.wrap(sha256.digest()), HelloRetryRequest.RANDOM);
    }

    @Test
    void messageHashReplacesClientHello1InTheRfc8448Transcript() {
        BouncyCastleCryptoProvider crypto = new BouncyCastleCryptoProvider();
        MessageHash messageHash = MessageHash.of(crypto.hash(HashAlgorithm.SHA256), Rfc8448.S5_CLIENT_HELLO_1);
        Bytes synthetic = messageHash.encoded();
        // RFC 8446 §4.4.1: message_hash || 00 00 Hash.length || Hash(ClientHello1).
        assertEquals(Bytes.fromHex("fe 000020"), synthetic.slice(0, 4));

        Hash transcript = crypto.hash(HashAlgorithm.SHA256);
        for (Bytes message : List.of(synthetic, Rfc8448.S5_HELLO_RETRY_REQUEST, Rfc8448.S5_CLIENT_HELLO_2,
                Rfc8448.S5_SERVER_HELLO)) {
            transcript.update(message.toByteArray());
        }
        assertEquals(Rfc8448.S5_HASH_MESSAGE_HASH_TO_SERVER_HELLO, Bytes.wrap(transcript.digest()));
    }

    @Test
    void rejectsARetryWithoutExtensions() {
        // A TLS 1.2 ServerHello may omit its extensions; a HelloRetryRequest, TLS 1.3 only, may not.
        assertFails(WireFailure.TRUNCATED, () -> Tls13Messages.decode(retryFrame(List.of(), false)));
    }

    @Test
    void rejectsARetryWhoseExtensionBlockIsTooShort() {
        // RFC 8446 §4.1.3: extensions<6..2^16-1>.
        List<Extension> tiny = List.of(new Extension(new ExtensionType(0x1a1a), Bytes.EMPTY));
        assertFails(WireFailure.LENGTH_OUT_OF_RANGE, () -> Tls13Messages.decode(retryFrame(tiny, true)));
        assertFails(WireFailure.LENGTH_OUT_OF_RANGE, () -> Tls13Messages.decode(retryFrame(List.of(), true)));
    }

    @Test
    void rejectsARetryWithTwoKeyShares() {
        List<Extension> twice = List.of(SUPPORTED_VERSIONS,
                KeyShareHelloRetryRequest.EXTENSION.toExtension(new KeyShareHelloRetryRequest(NamedGroup.X25519)),
                KeyShareHelloRetryRequest.EXTENSION.toExtension(new KeyShareHelloRetryRequest(NamedGroup.SECP256R1)));
        assertFails(HandshakeFailure.DUPLICATE_EXTENSION, () -> Tls13Messages.decode(retryFrame(twice, true)));
    }

    @Test
    void aRetryKeyShareHoldsAGroupNotAShare() throws DecodeFailure {
        // A ServerHello-style key_share in a HelloRetryRequest: the selected group is followed by bytes.
        Extension serverShare = KeyShareServerHello.EXTENSION.toExtension(
                new KeyShareServerHello(new KeyShareEntry(NamedGroup.X25519, Bytes.fromHex("01020304"))));
        HelloRetryRequest retry = (HelloRetryRequest) Tls13Messages.decode(retryFrame(List.of(SUPPORTED_VERSIONS, serverShare), true));
        assertFails(WireFailure.TRAILING_BYTES, () -> retry.extension(KeyShareHelloRetryRequest.EXTENSION));
    }

    @Test
    void theRetryCodecRejectsAnOrdinaryServerHello() throws DecodeFailure {
        Bytes body = Handshake.CODEC.decodeExactly(Rfc8448.S3_SERVER_HELLO.toByteArray(), "ServerHello").body();
        assertFails(WireFailure.VALUE_OUT_OF_RANGE, () -> HelloRetryRequest.CODEC.decodeExactly(body.toByteArray(), "HRR"));
    }

    @Test
    void rejectsTrailingBytesAfterARetry() throws DecodeFailure {
        Bytes body = Handshake.CODEC.decodeExactly(Rfc8448.S5_HELLO_RETRY_REQUEST.toByteArray(), "HRR").body();
        Handshake longer = new Handshake(HandshakeType.SERVER_HELLO, body.concat(Bytes.of((byte) 0)));
        assertFails(WireFailure.TRAILING_BYTES, () -> Tls13Messages.decode(longer));
    }

    @Test
    void aBuiltRetryTravelsAsAServerHelloWithTheSpecialRandom() throws DecodeFailure {
        HelloRetryRequest retry = new HelloRetryRequest(ProtocolVersion.TLS12, Bytes.EMPTY,
                CipherSuite.TLS_AES_256_GCM_SHA384, 0, List.of(SUPPORTED_VERSIONS,
                KeyShareHelloRetryRequest.EXTENSION.toExtension(new KeyShareHelloRetryRequest(NamedGroup.SECP384R1))));
        Handshake frame = Handshake.of(retry);
        ServerHello asServerHello = ServerHello.CODEC.decodeExactly(frame.body().toByteArray(), "ServerHello");
        assertTrue(asServerHello.isHelloRetryRequest());
        assertEquals(retry, Tls13Messages.decode(frame));
    }
}
