package dev.parley.handshake.client;

import static dev.parley.handshake.client.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.SignatureSchemeList;
import dev.parley.handshake.message.CertificateRequest;
import dev.parley.handshake.message.Handshake;
import dev.parley.record.AlertDescription;
import dev.parley.record.wire.WireFailure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks on a CertificateRequest in the main handshake (RFC 8446 §4.3.2), fed to the client of
 * RFC 8448 §3 after the RFC's EncryptedExtensions.
 */
class CertificateRequestChecksTest {

    private static final Extension SIGNATURE_ALGORITHMS = SignatureSchemeList.SIGNATURE_ALGORITHMS.toExtension(
            new SignatureSchemeList(List.of(SignatureScheme.RSA_PSS_RSAE_SHA256)));

    @Test
    void acceptsARequestAndIgnoresUnknownExtensions() throws Exception {
        Replay client = ServerAuthenticationChecksTest.afterEncryptedExtensions();
        client.feed(request(Bytes.EMPTY, new Extension(new ExtensionType(0x5a5a), Bytes.EMPTY), SIGNATURE_ALGORITHMS,
                new Extension(new ExtensionType(0xff00), Bytes.of((byte) 1))));
        assertInstanceOf(WaitCertificate.class, client.state());
    }

    @Test
    void refusesAContextInTheMainHandshake() throws Exception {
        Replay client = ServerAuthenticationChecksTest.afterEncryptedExtensions();
        assertFails(HandshakeFailure.REQUEST_CONTEXT_NOT_EMPTY, AlertDescription.ILLEGAL_PARAMETER,
                () -> client.feed(request(Bytes.of((byte) 9), SIGNATURE_ALGORITHMS)));
    }

    @Test
    void refusesARequestWithoutSignatureAlgorithms() throws Exception {
        Replay client = ServerAuthenticationChecksTest.afterEncryptedExtensions();
        assertFails(HandshakeFailure.CERTIFICATE_REQUEST_WITHOUT_SIGNATURE_ALGORITHMS, AlertDescription.MISSING_EXTENSION,
                () -> client.feed(request(Bytes.EMPTY, new Extension(new ExtensionType(0xff00), Bytes.EMPTY))));
    }

    @Test
    void refusesKnownExtensionsThatDoNotBelongInARequest() throws Exception {
        for (ExtensionType type : List.of(ExtensionType.KEY_SHARE, ExtensionType.SERVER_NAME, ExtensionType.EARLY_DATA)) {
            Replay client = ServerAuthenticationChecksTest.afterEncryptedExtensions();
            assertFails(HandshakeFailure.EXTENSION_NOT_ALLOWED, AlertDescription.ILLEGAL_PARAMETER,
                    () -> client.feed(request(Bytes.EMPTY, SIGNATURE_ALGORITHMS, new Extension(type, Bytes.EMPTY))));
        }
    }

    @Test
    void refusesMalformedAllowedExtensions() throws Exception {
        Replay client = ServerAuthenticationChecksTest.afterEncryptedExtensions();
        assertFails(WireFailure.TRAILING_BYTES, AlertDescription.DECODE_ERROR, () -> client.feed(request(Bytes.EMPTY,
                SIGNATURE_ALGORITHMS, new Extension(ExtensionType.STATUS_REQUEST, Bytes.of((byte) 1)))));
    }

    @Test
    void refusesASecondRequest() throws Exception {
        Replay client = ServerAuthenticationChecksTest.afterEncryptedExtensions()
                .feed(request(Bytes.EMPTY, SIGNATURE_ALGORITHMS));
        assertFails(HandshakeFailure.UNEXPECTED_SERVER_MESSAGE, AlertDescription.UNEXPECTED_MESSAGE,
                () -> client.feed(request(Bytes.EMPTY, SIGNATURE_ALGORITHMS)));
    }

    private static Bytes request(Bytes context, Extension... extensions) {
        return Handshake.of(new CertificateRequest(context, List.of(extensions))).encoded();
    }
}
