package dev.parley.handshake.client;

import static dev.parley.handshake.client.Failures.assertFails;
import static dev.parley.handshake.client.Rfc8448Traces.CERTIFICATE;
import static dev.parley.handshake.client.Rfc8448Traces.CERTIFICATE_VERIFY;
import static dev.parley.handshake.client.Rfc8448Traces.ENCRYPTED_EXTENSIONS;
import static dev.parley.handshake.client.Rfc8448Traces.NEW_SESSION_TICKET;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_FINISHED;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_HELLO;
import static dev.parley.handshake.client.Rfc8448Traces.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.PeerVerifier;
import dev.parley.handshake.codepoint.CertificateStatusType;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.extension.CertificateStatus;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.keys.KeyScheduleFailure;
import dev.parley.handshake.message.Certificate;
import dev.parley.handshake.message.CertificateEntry;
import dev.parley.handshake.message.CertificateVerify;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.Tls13Messages;
import dev.parley.record.AlertDescription;
import dev.parley.record.TlsException;
import dev.parley.record.wire.WireFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The server's Certificate, CertificateVerify and Finished (RFC 8446 §4.4.2 to §4.4.4), each with
 * one thing wrong, fed to the client of RFC 8448 §3; and the configured PeerVerifier's say.
 */
class ServerAuthenticationChecksTest {

    private final Certificate rfcCertificate = (Certificate) decode(message(3, CERTIFICATE));
    private final CertificateVerify rfcVerify = (CertificateVerify) decode(message(3, CERTIFICATE_VERIFY));

    @Test
    void refusesAnEmptyCertificate() throws Exception {
        assertCertificateRefused(HandshakeFailure.EMPTY_SERVER_CERTIFICATE, AlertDescription.DECODE_ERROR,
                new Certificate(Bytes.EMPTY, List.of()));
    }

    @Test
    void refusesARequestContext() throws Exception {
        assertCertificateRefused(HandshakeFailure.REQUEST_CONTEXT_NOT_EMPTY, AlertDescription.ILLEGAL_PARAMETER,
                new Certificate(Bytes.of((byte) 1), rfcCertificate.certificateList()));
    }

    @Test
    void refusesACertificateThatDoesNotParse() throws Exception {
        assertCertificateRefused(HandshakeFailure.MALFORMED_PEER_CERTIFICATE, AlertDescription.BAD_CERTIFICATE,
                new Certificate(Bytes.EMPTY, List.of(new CertificateEntry(Bytes.fromHex("30 03 02 01 00"), List.of()))));
    }

    @Test
    void refusesEntryExtensionsNotAsked() throws Exception {
        for (ExtensionType type : List.of(ExtensionType.STATUS_REQUEST, ExtensionType.SIGNED_CERTIFICATE_TIMESTAMP,
                new ExtensionType(0x4a4a))) {
            assertCertificateRefused(HandshakeFailure.EXTENSION_NOT_OFFERED, AlertDescription.UNSUPPORTED_EXTENSION,
                    withLeafExtension(new Extension(type, Bytes.fromHex("01 00 00 01 00"))));
        }
        assertCertificateRefused(HandshakeFailure.EXTENSION_NOT_ALLOWED, AlertDescription.ILLEGAL_PARAMETER,
                withLeafExtension(new Extension(ExtensionType.SUPPORTED_GROUPS, Bytes.fromHex("00 02 00 1d"))));
    }

    @Test
    void passesTheStapleToTheVerifier() throws Exception {
        List<PeerVerifier.Context> seen = new ArrayList<>();
        Bytes staple = Bytes.fromHex("30 03 0a 01 00");
        Conversation c = Conversation.start(Conversation.config("staple").peerVerifier((chain, context) -> seen.add(context))
                .build()).serverHello().emptyEncryptedExtensions();
        c.receive(c.server().send(new Certificate(Bytes.EMPTY, List.of(new CertificateEntry(
                c.serverKey().leaf().encoded(), List.of(CertificateStatus.EXTENSION.toExtension(
                        CertificateStatus.ocsp(staple))))))));
        c.receive(c.server().certificateVerify(c.serverKey(), SignatureScheme.RSA_PSS_RSAE_SHA256));
        assertEquals(List.of(new PeerVerifier.Context(true, Optional.of(Conversation.SERVER_NAME), Optional.of(staple),
                seen.get(0).now())), seen);
    }

    @Test
    void refusesAStatusOtherThanOcsp() throws Exception {
        Conversation c = Conversation.start(Conversation.config("status").build()).serverHello()
                .emptyEncryptedExtensions();
        Bytes certificate = c.server().send(new Certificate(Bytes.EMPTY, List.of(new CertificateEntry(
                c.serverKey().leaf().encoded(), List.of(CertificateStatus.EXTENSION.toExtension(
                        new CertificateStatus(CertificateStatusType.OCSP_MULTI_RESERVED, Bytes.of((byte) 0))))))));
        assertFails(HandshakeFailure.CERTIFICATE_STATUS_NOT_OCSP, AlertDescription.ILLEGAL_PARAMETER,
                () -> c.receive(certificate));
    }

    @Test
    void refusesABadSignature() throws Exception {
        byte[] signature = rfcVerify.signature().toByteArray();
        signature[10] ^= 1;
        assertVerifyRefused(HandshakeFailure.BAD_CERTIFICATE_VERIFY_SIGNATURE, AlertDescription.DECRYPT_ERROR,
                new CertificateVerify(rfcVerify.algorithm(), Bytes.wrap(signature)));
    }

    @Test
    void refusesASchemeNotOfferedOrNotForCertificateVerify() throws Exception {
        for (SignatureScheme scheme : List.of(SignatureScheme.ED25519, SignatureScheme.RSA_PKCS1_SHA256,
                new SignatureScheme(0x0a0a), SignatureScheme.RSA_PKCS1_SHA1)) {
            assertVerifyRefused(HandshakeFailure.SIGNATURE_SCHEME_NOT_OFFERED, AlertDescription.ILLEGAL_PARAMETER,
                    new CertificateVerify(scheme, rfcVerify.signature()));
        }
    }

    @Test
    void refusesASchemeTheKeyCannotMake() throws Exception {
        assertVerifyRefused(HandshakeFailure.SIGNATURE_SCHEME_KEY_MISMATCH, AlertDescription.ILLEGAL_PARAMETER,
                new CertificateVerify(SignatureScheme.ECDSA_SECP256R1_SHA256, rfcVerify.signature()));
    }

    @Test
    void passesTheVerifiersRefusalThrough() throws Exception {
        for (TestFailure refusal : TestFailure.values()) {
            Replay client = client((chain, context) -> {
                throw new TlsException(refusal, "refused by the test");
            }).feed(message(3, SERVER_HELLO), message(3, ENCRYPTED_EXTENSIONS), message(3, CERTIFICATE));
            assertFails(refusal, refusal.alert(), () -> client.feed(message(3, CERTIFICATE_VERIFY)));
        }
    }

    @Test
    void checksTheSignatureBeforeAskingTheVerifier() throws Exception {
        byte[] signature = rfcVerify.signature().toByteArray();
        signature[0] ^= 1;
        Replay client = client((chain, context) -> {
            throw new TlsException(TestFailure.NOT_PINNED, "must not be asked");
        }).feed(message(3, SERVER_HELLO), message(3, ENCRYPTED_EXTENSIONS), message(3, CERTIFICATE));
        Bytes forged = Handshake.of(new CertificateVerify(rfcVerify.algorithm(), Bytes.wrap(signature))).encoded();
        assertFails(HandshakeFailure.BAD_CERTIFICATE_VERIFY_SIGNATURE, AlertDescription.DECRYPT_ERROR,
                () -> client.feed(forged));
    }

    @Test
    void tellsTheVerifierWhoItExpects() throws Exception {
        List<PeerVerifier.Context> seen = new ArrayList<>();
        client((chain, context) -> seen.add(context)).feed(message(3, SERVER_HELLO), message(3, ENCRYPTED_EXTENSIONS),
                message(3, CERTIFICATE), message(3, CERTIFICATE_VERIFY));
        assertEquals(List.of(new PeerVerifier.Context(true, Optional.of("server"), Optional.empty(), seen.get(0).now())),
                seen);
    }

    @Test
    void refusesABadFinished() throws Exception {
        Replay client = beforeFinished();
        Bytes finished = message(3, SERVER_FINISHED);
        byte[] flipped = finished.toByteArray();
        flipped[flipped.length - 1] ^= 1;
        assertFails(KeyScheduleFailure.FINISHED_MISMATCH, AlertDescription.DECRYPT_ERROR,
                () -> client.feed(Bytes.wrap(flipped)));
    }

    @Test
    void refusesAFinishedOfTheWrongLength() throws Exception {
        assertFails(WireFailure.TRUNCATED, AlertDescription.DECODE_ERROR,
                () -> beforeFinished().feed(Bytes.fromHex("14 00 00 1f").concat(Bytes.wrap(new byte[31]))));
        assertFails(WireFailure.TRAILING_BYTES, AlertDescription.DECODE_ERROR,
                () -> beforeFinished().feed(Bytes.fromHex("14 00 00 21").concat(Bytes.wrap(new byte[33]))));
    }

    @Test
    void refusesMessagesOutOfOrder() throws Exception {
        assertUnexpected(afterEncryptedExtensions(), message(3, CERTIFICATE_VERIFY));
        assertUnexpected(afterEncryptedExtensions(), message(3, SERVER_FINISHED));
        assertUnexpected(afterEncryptedExtensions(), message(3, ENCRYPTED_EXTENSIONS));
        assertUnexpected(afterEncryptedExtensions().feed(message(3, CERTIFICATE)), message(3, CERTIFICATE));
        assertUnexpected(afterEncryptedExtensions().feed(message(3, CERTIFICATE)), message(3, SERVER_FINISHED));
        assertUnexpected(beforeFinished(), message(3, NEW_SESSION_TICKET));
        assertUnexpected(beforeFinished(), message(3, CERTIFICATE_VERIFY));
        assertUnexpected(afterEncryptedExtensions(), Bytes.fromHex("63 00 00 00"));
        assertUnexpected(afterEncryptedExtensions(), Bytes.fromHex("fe 00 00 20").concat(Bytes.wrap(new byte[32])));
    }

    private static void assertUnexpected(Replay client, Bytes message) {
        assertFails(HandshakeFailure.UNEXPECTED_SERVER_MESSAGE, AlertDescription.UNEXPECTED_MESSAGE,
                () -> client.feed(message));
    }

    private Certificate withLeafExtension(Extension extension) {
        CertificateEntry leaf = rfcCertificate.certificateList().get(0);
        return new Certificate(Bytes.EMPTY, List.of(new CertificateEntry(leaf.certData(), List.of(extension))));
    }

    private void assertCertificateRefused(dev.parley.record.FailureReason reason, AlertDescription alert,
                                          Certificate certificate) throws Exception {
        Replay client = afterEncryptedExtensions();
        Bytes message = Handshake.of(certificate).encoded();
        assertFails(reason, alert, () -> client.feed(message));
    }

    private void assertVerifyRefused(dev.parley.record.FailureReason reason, AlertDescription alert,
                                     CertificateVerify verify) throws Exception {
        Replay client = afterEncryptedExtensions().feed(message(3, CERTIFICATE));
        Bytes message = Handshake.of(verify).encoded();
        assertFails(reason, alert, () -> client.feed(message));
    }

    static Replay afterEncryptedExtensions() throws Exception {
        return Rfc8448SimpleHandshakeClientTest.replay(new MapSessionStore())
                .feed(message(3, SERVER_HELLO), message(3, ENCRYPTED_EXTENSIONS));
    }

    static Replay beforeFinished() throws Exception {
        Replay client = afterEncryptedExtensions().feed(message(3, CERTIFICATE), message(3, CERTIFICATE_VERIFY));
        assertInstanceOf(WaitFinished.class, client.state());
        return client;
    }

    private static Replay client(PeerVerifier verifier) throws Exception {
        dev.parley.crypto.CryptoProvider crypto = new dev.parley.crypto.bc.BouncyCastleCryptoProvider();
        return Replay.from(Rfc8448Traces.config(crypto, verifier).build(),
                Rfc8448Traces.clientHello(message(3, Rfc8448Traces.CLIENT_HELLO)),
                dev.parley.handshake.codepoint.NamedGroup.X25519,
                Rfc8448Traces.keyShare(crypto, 3, Rfc8448Traces.CLIENT_KEY_PAIR,
                        dev.parley.crypto.KeyAgreementAlgorithm.X25519), Optional.empty(), Optional.of("server"));
    }

    private static Object decode(Bytes message) {
        try {
            return Tls13Messages.decode(Rfc8448Traces.frame(message), 32);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
