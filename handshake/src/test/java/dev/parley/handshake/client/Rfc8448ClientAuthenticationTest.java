package dev.parley.handshake.client;

import static dev.parley.handshake.client.Rfc8448Traces.CERTIFICATE;
import static dev.parley.handshake.client.Rfc8448Traces.CERTIFICATE_REQUEST;
import static dev.parley.handshake.client.Rfc8448Traces.CERTIFICATE_VERIFY;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_CERTIFICATE;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_CERTIFICATE_VERIFY;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_HANDSHAKE_KEYS;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_HELLO;
import static dev.parley.handshake.client.Rfc8448Traces.CLIENT_KEY_PAIR;
import static dev.parley.handshake.client.Rfc8448Traces.ENCRYPTED_EXTENSIONS;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_APPLICATION_KEYS;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_FINISHED;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_HANDSHAKE_KEYS;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_HELLO;
import static dev.parley.handshake.client.Rfc8448Traces.SERVER_NAME;
import static dev.parley.handshake.client.Rfc8448Traces.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.Hash;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.KeyAgreementAlgorithm;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.handshake.CertifiedKey;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.Session;
import dev.parley.handshake.auth.CertificateVerifyContent;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.message.CertificateVerify;
import dev.parley.handshake.message.Tls13Messages;
import dev.parley.x509.Certificate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * RFC 8448 §6, "Client Authentication", from the client's side: the server (with an ECDSA P-256
 * certificate) asks for a certificate, and the client answers with its RSA one.
 *
 * <p>RFC 8448 does not print the client's private key, so the client signs here with §2's RSA key
 * instead, under the RFC's client certificate. Its Certificate message is then the RFC's byte for
 * byte, and its CertificateVerify covers the same transcript hash as the RFC's: the RFC's
 * signature verifies with the RFC's client certificate, ours with §2's key, over one content
 * computed from the RFC's messages. The client's Finished covers its own CertificateVerify and so
 * cannot be the RFC's.
 */
class Rfc8448ClientAuthenticationTest {

    @Test
    void answersTheRfcRequestWithTheRfcCertificate() throws Exception {
        Replay replay = replay().feed(message(6, SERVER_HELLO), message(6, ENCRYPTED_EXTENSIONS));
        assertInstanceOf(WaitCertificateOrCertificateRequest.class, replay.state());
        replay.feed(message(6, CERTIFICATE_REQUEST));
        assertInstanceOf(WaitCertificate.class, replay.state());
        replay.feed(message(6, CERTIFICATE), message(6, CERTIFICATE_VERIFY), message(6, SERVER_FINISHED));
        assertInstanceOf(Connected.class, replay.state());

        RecordingContext cx = replay.context();
        List<Bytes> sent = cx.sent();
        assertEquals(4, sent.size(), "ClientHello, Certificate, CertificateVerify, Finished");
        assertEquals(message(6, CLIENT_CERTIFICATE), sent.get(1));
        assertEquals(List.of(Rfc8448Traces.keys(6, SERVER_HANDSHAKE_KEYS), Rfc8448Traces.keys(6, SERVER_APPLICATION_KEYS)),
                cx.events(RecordingContext.ReadKeys.class));
        assertEquals(Rfc8448SimpleHandshakeClientTest.write(Rfc8448Traces.keys(6, CLIENT_HANDSHAKE_KEYS)),
                cx.events(RecordingContext.WriteKeys.class).get(0));

        Session session = cx.session().orElseThrow();
        assertEquals(List.of(clientCertificate()), session.localCertificates());
        assertEquals(Optional.of(SignatureScheme.ECDSA_SECP256R1_SHA256), session.peerSignatureScheme());
    }

    @Test
    void signsTheTranscriptTheRfcClientSigned() throws Exception {
        CryptoProvider crypto = new BouncyCastleCryptoProvider();
        Replay replay = replay().feed(message(6, SERVER_HELLO), message(6, ENCRYPTED_EXTENSIONS),
                message(6, CERTIFICATE_REQUEST), message(6, CERTIFICATE), message(6, CERTIFICATE_VERIFY),
                message(6, SERVER_FINISHED));
        CertificateVerify ours = (CertificateVerify) Tls13Messages.decode(
                Rfc8448Traces.frame(replay.context().sent().get(2)), 32);
        CertificateVerify rfcs = (CertificateVerify) Tls13Messages.decode(
                Rfc8448Traces.frame(message(6, CLIENT_CERTIFICATE_VERIFY)), 32);
        assertEquals(rfcs.algorithm(), ours.algorithm(), "the first of our schemes the server listed and our key fits");

        // RFC 8446 §4.4.3: the content is the client's context string and Hash(ClientHello..client Certificate).
        Hash hash = crypto.hash(HashAlgorithm.SHA256);
        for (String caption : List.of(CLIENT_HELLO, SERVER_HELLO, ENCRYPTED_EXTENSIONS, CERTIFICATE_REQUEST,
                CERTIFICATE, CERTIFICATE_VERIFY, SERVER_FINISHED, CLIENT_CERTIFICATE)) {
            hash.update(message(6, caption).toByteArray());
        }
        byte[] content = CertificateVerifyContent.of(false, Bytes.wrap(hash.digest()));
        assertTrue(crypto.verifier(SignatureAlgorithm.RSA_PSS_SHA256, clientCertificate().publicKey().orElseThrow())
                .verify(content, rfcs.signature().toByteArray()), "the content is the one the RFC's client signed");
        assertTrue(crypto.verifier(SignatureAlgorithm.RSA_PSS_SHA256, Rfc8448Traces.rsaPrivateKey().publicKey())
                .verify(content, ours.signature().toByteArray()), "and the one ours signed");
    }

    private static Certificate clientCertificate() throws Exception {
        return Rfc8448Traces.leafOf(message(6, CLIENT_CERTIFICATE));
    }

    private Replay replay() throws Exception {
        CryptoProvider crypto = new BouncyCastleCryptoProvider();
        CertifiedKey ours = new CertifiedKey(List.of(clientCertificate()), Rfc8448Traces.rsaPrivateKey());
        EngineConfig config = Rfc8448Traces.config(crypto,
                Rfc8448Traces.pinning(Rfc8448Traces.leafOf(message(6, CERTIFICATE))))
                .certificates(List.of(ours)).build();
        return Replay.from(config, Rfc8448Traces.clientHello(message(6, CLIENT_HELLO)), NamedGroup.X25519,
                Rfc8448Traces.keyShare(crypto, 6, CLIENT_KEY_PAIR, KeyAgreementAlgorithm.X25519), Optional.empty(),
                Optional.of(SERVER_NAME));
    }
}
