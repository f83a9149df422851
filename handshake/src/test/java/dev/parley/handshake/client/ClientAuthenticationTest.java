package dev.parley.handshake.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.CertifiedKey;
import dev.parley.handshake.Session;
import dev.parley.handshake.auth.PeerSignature;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.extension.CertificateStatus;
import dev.parley.handshake.extension.Empty;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.SignatureSchemeList;
import dev.parley.handshake.message.Certificate;
import dev.parley.handshake.message.CertificateRequest;
import dev.parley.handshake.message.CertificateVerify;
import dev.parley.handshake.message.Finished;
import dev.parley.handshake.message.HandshakeMessage;
import dev.parley.handshake.message.Tls13Messages;
import dev.parley.handshake.keys.TranscriptHash;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The client's answer to a CertificateRequest (RFC 8446 §4.3.2, §4.4.2): its chain and a
 * CertificateVerify the server can check, or an empty Certificate when no key fits, and the
 * Finished over all of it.
 */
class ClientAuthenticationTest {

    private static final SignatureSchemeList PSS = new SignatureSchemeList(List.of(SignatureScheme.RSA_PSS_RSAE_SHA256));

    @Test
    void sendsItsChainAndASignatureTheServerVerifies() throws Exception {
        CertifiedKey ours = Rfc8448Traces.rsaCertifiedKey();
        Conversation c = Conversation.start(Conversation.config("auth").certificates(List.of(ours)).build());
        List<Bytes> serverMessages = requestAndFinish(c, request(Bytes.EMPTY, List.of(
                SignatureSchemeList.SIGNATURE_ALGORITHMS.toExtension(PSS))));

        List<Bytes> sent = c.context().sent();
        assertEquals(4, sent.size(), "ClientHello, Certificate, CertificateVerify, Finished: " + sent);
        Certificate certificate = (Certificate) decode(sent.get(1));
        assertEquals(Bytes.EMPTY, certificate.certificateRequestContext());
        assertEquals(ours.leaf().encoded(), certificate.certificateList().get(0).certData());
        CertificateVerify verify = (CertificateVerify) decode(sent.get(2));
        assertEquals(SignatureScheme.RSA_PSS_RSAE_SHA256, verify.algorithm());

        TranscriptHash transcript = TranscriptHash.start(new BouncyCastleCryptoProvider(), HashAlgorithm.SHA256);
        transcript.add(sent.get(0));
        serverMessages.forEach(transcript::add);
        transcript.add(sent.get(1));
        PeerSignature.verify(new BouncyCastleCryptoProvider(), verify, ours.leaf(), false,
                List.of(SignatureScheme.RSA_PSS_RSAE_SHA256), transcript.snapshot());

        assertClientFinishedVerifies(c);
        Session session = c.context().session().orElseThrow();
        assertEquals(List.of(ours.leaf()), session.localCertificates());
        assertInstanceOf(Connected.class, c.state());
    }

    @Test
    void sendsAnEmptyCertificateWithoutAFittingKey() throws Exception {
        Conversation c = Conversation.start(Conversation.config("no key").build());
        requestAndFinish(c, request(Bytes.EMPTY, List.of(SignatureSchemeList.SIGNATURE_ALGORITHMS.toExtension(PSS))));
        List<Bytes> sent = c.context().sent();
        assertEquals(3, sent.size(), "ClientHello, an empty Certificate, Finished: " + sent);
        assertEquals(new Certificate(Bytes.EMPTY, List.of()), decode(sent.get(1)));
        assertInstanceOf(Finished.class, decode(sent.get(2)));
        assertClientFinishedVerifies(c);
        assertEquals(List.of(), c.context().session().orElseThrow().localCertificates());
    }

    @Test
    void sendsAnEmptyCertificateWhenNoSchemeTheServerListsFitsOurKey() throws Exception {
        CertifiedKey ours = Rfc8448Traces.rsaCertifiedKey();
        Conversation c = Conversation.start(Conversation.config("no scheme").certificates(List.of(ours)).build());
        SignatureSchemeList ecdsaOnly = new SignatureSchemeList(List.of(SignatureScheme.ECDSA_SECP256R1_SHA256));
        requestAndFinish(c, request(Bytes.EMPTY, List.of(SignatureSchemeList.SIGNATURE_ALGORITHMS.toExtension(ecdsaOnly))));
        assertEquals(new Certificate(Bytes.EMPTY, List.of()), decode(c.context().sent().get(1)));
        assertClientFinishedVerifies(c);
    }

    @Test
    void staplesItsOcspResponseWhenAsked() throws Exception {
        Bytes staple = Bytes.fromHex("30 03 0a 01 00");
        CertifiedKey rsa = Rfc8448Traces.rsaCertifiedKey();
        CertifiedKey ours = new CertifiedKey(rsa.chain(), rsa.privateKey(), Optional.of(staple));
        Conversation c = Conversation.start(Conversation.config("staple").certificates(List.of(ours)).build());
        List<Extension> extensions = new ArrayList<>();
        extensions.add(SignatureSchemeList.SIGNATURE_ALGORITHMS.toExtension(PSS));
        extensions.add(Empty.STATUS_REQUEST.toExtension(Empty.INSTANCE));
        requestAndFinish(c, request(Bytes.EMPTY, extensions));
        Certificate certificate = (Certificate) decode(c.context().sent().get(1));
        assertEquals(Optional.of(CertificateStatus.ocsp(staple)), certificate.certificateList().get(0).certificateStatus());
        assertClientFinishedVerifies(c);
    }

    /** ServerHello, EE, the request, the server's authentication and Finished; returns the server's messages. */
    private static List<Bytes> requestAndFinish(Conversation c, CertificateRequest request) throws Exception {
        TestServer server = c.server();
        List<Bytes> messages = new ArrayList<>();
        messages.add(server.serverHello(c.lastSent(), dev.parley.handshake.codepoint.CipherSuite.TLS_AES_128_GCM_SHA256,
                dev.parley.handshake.codepoint.NamedGroup.X25519));
        messages.add(server.send(new dev.parley.handshake.message.EncryptedExtensions(List.of())));
        messages.add(server.send(request));
        messages.add(server.certificate(c.serverKey()));
        messages.add(server.certificateVerify(c.serverKey(), SignatureScheme.RSA_PSS_RSAE_SHA256));
        messages.add(server.finished());
        for (Bytes message : messages) {
            c.receive(message);
        }
        return messages;
    }

    /** The server's view: the client's last message is the Finished it expects over everything before. */
    private static void assertClientFinishedVerifies(Conversation c) throws Exception {
        List<Bytes> sent = c.context().sent();
        for (int i = 1; i < sent.size() - 1; i++) {
            c.server().receive(sent.get(i));
        }
        Finished finished = (Finished) Tls13Messages.decode(Rfc8448Traces.frame(sent.get(sent.size() - 1)), 32);
        assertEquals(c.server().expectedClientFinished(), finished.verifyData());
    }

    static CertificateRequest request(Bytes context, List<Extension> extensions) {
        return new CertificateRequest(context, extensions);
    }

    private static HandshakeMessage decode(Bytes message) throws Exception {
        return Tls13Messages.decode(Rfc8448Traces.frame(message), 32);
    }
}
