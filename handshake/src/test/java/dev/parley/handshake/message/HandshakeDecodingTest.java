package dev.parley.handshake.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.extension.Extension;
import dev.parley.record.AlertDescription;
import dev.parley.record.FailureReason;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireFailure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Malformed and out-of-place messages fail with the right reason and alert. */
class HandshakeDecodingTest {

    private static final Bytes RANDOM = Bytes.fromHex("00".repeat(32));

    static DecodeFailure assertFails(FailureReason reason, Executable decode) {
        DecodeFailure failure = assertThrows(DecodeFailure.class, decode);
        assertEquals(reason, failure.reason(), failure.getMessage());
        return failure;
    }

    private static Handshake frame(HandshakeType type, String bodyHex) {
        return new Handshake(type, Bytes.fromHex(bodyHex));
    }

    @Test
    void rejectsTrailingBytesAfterAClientHello() throws DecodeFailure {
        Bytes body = Handshake.CODEC.decodeExactly(Rfc8448.S3_CLIENT_HELLO.toByteArray(), "ClientHello").body();
        Handshake frame = new Handshake(HandshakeType.CLIENT_HELLO, body.concat(Bytes.of((byte) 0)));
        assertFails(WireFailure.TRAILING_BYTES, () -> Tls13Messages.decode(frame));
    }

    @Test
    void rejectsTrailingBytesAfterEncryptedExtensions() {
        assertFails(WireFailure.TRAILING_BYTES,
                () -> Tls13Messages.decode(frame(HandshakeType.ENCRYPTED_EXTENSIONS, "0000 00"), 32));
    }

    @Test
    void rejectsADuplicateExtensionWithIllegalParameter() {
        // Two supported_groups extensions in one EncryptedExtensions block (RFC 8446 §4.2).
        DecodeFailure failure = assertFails(HandshakeFailure.DUPLICATE_EXTENSION, () -> Tls13Messages.decode(
                frame(HandshakeType.ENCRYPTED_EXTENSIONS, "0010 000a 0004 0002 001d 000a 0004 0002 0017"), 32));
        assertEquals(AlertDescription.ILLEGAL_PARAMETER, failure.alert());
    }

    @Test
    void allowsTwoUnknownExtensionsOfDifferentTypes() throws DecodeFailure {
        EncryptedExtensions ee = (EncryptedExtensions) Tls13Messages.decode(
                frame(HandshakeType.ENCRYPTED_EXTENSIONS, "0008 1a1a 0000 fe99 0000"), 32);
        assertEquals(List.of(new ExtensionType(0x1a1a), new ExtensionType(0xfe99)),
                ee.extensions().stream().map(Extension::extensionType).toList());
    }

    @Test
    void readsATls12ClientHelloWithoutExtensions() throws DecodeFailure {
        // RFC 5246 §7.4.1.2: the extensions field may be absent altogether.
        String body = "0303" + "00".repeat(32) + "00" + "0002 c02f" + "01 00";
        ClientHello hello = (ClientHello) Tls13Messages.decode(frame(HandshakeType.CLIENT_HELLO, body));
        assertFalse(hello.extensionsPresent());
        assertEquals(List.of(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256), hello.cipherSuites());
        assertEquals(Bytes.fromHex(body), Bytes.wrap(ClientHello.CODEC.encode(hello)));
    }

    @Test
    void keepsAnEmptyExtensionBlockApartFromAnAbsentOne() throws DecodeFailure {
        String body = "0303" + "00".repeat(32) + "00" + "0002 c02f" + "01 00" + "0000";
        ClientHello hello = (ClientHello) Tls13Messages.decode(frame(HandshakeType.CLIENT_HELLO, body));
        assertTrue(hello.extensionsPresent());
        assertEquals(List.of(), hello.extensions());
        assertEquals(Bytes.fromHex(body), Bytes.wrap(ClientHello.CODEC.encode(hello)));
    }

    @Test
    void readsATls12ServerHelloWithoutExtensions() throws DecodeFailure {
        String body = "0303" + "11".repeat(32) + "00" + "c02f" + "00";
        ServerHello hello = (ServerHello) Tls13Messages.decode(frame(HandshakeType.SERVER_HELLO, body));
        assertFalse(hello.extensionsPresent());
        assertEquals(Bytes.fromHex(body), Bytes.wrap(ServerHello.CODEC.encode(hello)));
    }

    @Test
    void rejectsAnOddLengthCipherSuiteList() {
        String body = "0303" + "00".repeat(32) + "00" + "0003 c02f 13" + "01 00";
        assertFails(WireFailure.TRUNCATED, () -> Tls13Messages.decode(frame(HandshakeType.CLIENT_HELLO, body)));
    }

    @Test
    void rejectsASessionIdLongerThan32Bytes() {
        String body = "0303" + "00".repeat(32) + "21" + "00".repeat(33) + "0002 1301" + "01 00";
        assertFails(WireFailure.LENGTH_OUT_OF_RANGE, () -> Tls13Messages.decode(frame(HandshakeType.CLIENT_HELLO, body)));
    }

    @Test
    void rejectsAClientHelloWithoutCompressionMethods() {
        String body = "0303" + "00".repeat(32) + "00" + "0002 1301" + "00";
        assertFails(WireFailure.LENGTH_OUT_OF_RANGE, () -> Tls13Messages.decode(frame(HandshakeType.CLIENT_HELLO, body)));
    }

    @Test
    void rejectsAFinishedOfTheWrongLength() {
        Handshake finished = frame(HandshakeType.FINISHED, "00".repeat(32));
        assertFails(WireFailure.TRAILING_BYTES, () -> Tls13Messages.decode(finished, 12));
        assertFails(WireFailure.TRUNCATED, () -> Tls13Messages.decode(finished, 48));
    }

    @Test
    void rejectsAFinishedBeforeTheHashIsKnown() {
        DecodeFailure failure = assertFails(HandshakeFailure.UNEXPECTED_HANDSHAKE_TYPE,
                () -> Tls13Messages.decode(frame(HandshakeType.FINISHED, "00".repeat(32))));
        assertEquals(AlertDescription.UNEXPECTED_MESSAGE, failure.alert());
    }

    @Test
    void rejectsTypesWithoutATls13MessageAsUnexpected() {
        for (HandshakeType type : List.of(HandshakeType.MESSAGE_HASH, HandshakeType.SERVER_KEY_EXCHANGE,
                HandshakeType.HELLO_REQUEST, new HandshakeType(0x63))) {
            assertFails(HandshakeFailure.UNEXPECTED_HANDSHAKE_TYPE, () -> Tls13Messages.decode(frame(type, ""), 32));
        }
    }

    @Test
    void rejectsANonEmptyEndOfEarlyData() {
        assertFails(WireFailure.TRAILING_BYTES,
                () -> Tls13Messages.decode(frame(HandshakeType.END_OF_EARLY_DATA, "00"), 32));
    }

    @Test
    void decodesAKeyUpdateWithAnUnknownRequestForTheStateToReject() throws DecodeFailure {
        KeyUpdate update = (KeyUpdate) Tls13Messages.decode(frame(HandshakeType.KEY_UPDATE, "02"), 32);
        assertEquals("KeyUpdateRequest(2)", update.requestUpdate().toString());
    }

    @Test
    void rejectsAnEmptyTicketAndAnEmptyCertificateEntry() {
        assertFails(WireFailure.LENGTH_OUT_OF_RANGE, () -> Tls13Messages.decode(
                frame(HandshakeType.NEW_SESSION_TICKET, "00000001 00000002 00 0000 0000"), 32));
        assertFails(WireFailure.LENGTH_OUT_OF_RANGE, () -> Tls13Messages.decode(
                frame(HandshakeType.CERTIFICATE, "00 000005 000000 0000"), 32));
    }

    @Test
    void rejectsACertificateRequestWithoutExtensions() {
        // RFC 8446 §4.3.2: extensions<2..2^16-1>; signature_algorithms is mandatory.
        assertFails(WireFailure.LENGTH_OUT_OF_RANGE,
                () -> Tls13Messages.decode(frame(HandshakeType.CERTIFICATE_REQUEST, "00 0000"), 32));
    }

    @Test
    void framedCodecRejectsAnotherMessageType() {
        assertFails(HandshakeFailure.UNEXPECTED_HANDSHAKE_TYPE, () -> Handshake.framed(HandshakeType.SERVER_HELLO,
                ServerHello.CODEC).decodeExactly(Rfc8448.S3_CLIENT_HELLO.toByteArray(), "hello"));
    }

    @Test
    void framingRejectsABodyShorterThanItsLength() {
        assertFails(WireFailure.TRUNCATED, () -> Handshake.CODEC.decodeExactly(Bytes.fromHex("14 000020 00").toByteArray(), "f"));
    }

    @Test
    void aHelloWithoutAnExtensionsFieldCannotHoldExtensions() {
        List<Extension> one =
                List.of(new Extension(ExtensionType.PADDING, Bytes.EMPTY));
        assertThrows(IllegalArgumentException.class, () -> new ClientHello(ProtocolVersion.TLS12, RANDOM, Bytes.EMPTY,
                List.of(CipherSuite.TLS_AES_128_GCM_SHA256), Bytes.of((byte) 0), one, false));
        assertThrows(IllegalArgumentException.class, () -> new ServerHello(ProtocolVersion.TLS12, RANDOM, Bytes.EMPTY,
                CipherSuite.TLS_AES_128_GCM_SHA256, 0, one, false));
    }
}
