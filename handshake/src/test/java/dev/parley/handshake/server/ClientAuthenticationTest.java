package dev.parley.handshake.server;

import static dev.parley.handshake.server.Alerts.assertAlert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.ClientAuth;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.PeerVerifier;
import dev.parley.handshake.Session;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.SignatureSchemeList;
import dev.parley.handshake.message.Certificate;
import dev.parley.handshake.message.CertificateEntry;
import dev.parley.handshake.message.CertificateRequest;
import dev.parley.handshake.message.CertificateVerify;
import dev.parley.handshake.message.Handshake;
import dev.parley.handshake.message.Tls13Messages;
import dev.parley.record.AlertDescription;
import dev.parley.record.FailureReason;
import dev.parley.record.TlsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Client authentication (RFC 8446 §4.3.2, §4.4.2, §4.4.3): the CertificateRequest, the client's
 * Certificate and CertificateVerify, and the verifier's judgement of the chain.
 */
class ClientAuthenticationTest {

    /** A verifier failure as the x509 path validation reports it (RFC 8446 §6.2: unknown_ca). */
    private enum VerifierFailure implements FailureReason {
        UNKNOWN_ISSUER;

        @Override
        public AlertDescription alert() {
            return AlertDescription.UNKNOWN_CA;
        }
    }

    private final TestClient client = new TestClient(ServerFixtures.crypto("auth client"));
    private final List<List<dev.parley.x509.Certificate>> verified = new ArrayList<>();
    private final PeerVerifier recordingVerifier = (chain, context) -> {
        assertTrue(!context.peerIsServer());
        verified.add(chain);
    };

    private ServerUnderTest server(ClientAuth auth, PeerVerifier verifier) {
        return new ServerUnderTest(ServerFixtures.server("auth").clientAuth(auth).peerVerifier(verifier).build());
    }

    /** Feeds a default ClientHello and the server's flight to the client; returns the flight. */
    private List<Handshake> start(ServerUnderTest server) throws Exception {
        List<Handshake> flight = server.feed(client.send(new ClientHelloBuilder(client).build()));
        client.receiveAll(flight);
        return flight;
    }

    @Test
    void requestsAndVerifiesAClientCertificate() throws Exception {
        ServerUnderTest server = server(ClientAuth.REQUIRED, recordingVerifier);
        List<Handshake> flight = start(server);
        assertEquals(HandshakeType.CERTIFICATE_REQUEST, flight.get(2).msgType());
        CertificateRequest request = (CertificateRequest) Tls13Messages.decode(flight.get(2));
        assertTrue(request.certificateRequestContext().isEmpty());
        assertEquals(server.cx.config().signatureSchemes(), request.extension(SignatureSchemeList.SIGNATURE_ALGORITHMS)
                .orElseThrow().supportedSignatureAlgorithms());
        assertInstanceOf(WaitClientCertificate.class, server.state());

        for (Handshake message : client.secondFlight(Optional.of(ServerFixtures.CLIENT_ED25519))) {
            server.feed(message);
        }
        Session session = server.cx.session().orElseThrow();
        assertEquals(ServerFixtures.CLIENT_ED25519.chain(), session.peerCertificates());
        assertEquals(Optional.of(SignatureScheme.ED25519), session.peerSignatureScheme());
        assertEquals(List.of(ServerFixtures.CLIENT_ED25519.chain()), verified);
    }

    @Test
    void acceptsAClientWithoutCertificateWhenOptional() throws Exception {
        ServerUnderTest server = server(ClientAuth.OPTIONAL, recordingVerifier);
        start(server);
        for (Handshake message : client.secondFlight(Optional.empty())) {
            server.feed(message);
        }
        assertTrue(server.cx.session().orElseThrow().peerCertificates().isEmpty());
        assertTrue(verified.isEmpty());
    }

    @Test
    void refusesAClientWithoutCertificateWhenRequired() throws Exception {
        ServerUnderTest server = server(ClientAuth.REQUIRED, recordingVerifier);
        start(server);
        Handshake empty = client.secondFlight(Optional.empty()).get(0);
        assertAlert(HandshakeFailure.CLIENT_CERTIFICATE_REQUIRED, AlertDescription.CERTIFICATE_REQUIRED,
                () -> server.feed(empty));
    }

    @Test
    void failsClosedWithoutAVerifier() {
        EngineConfig noVerifier = ServerFixtures.server("no verifier").clientAuth(ClientAuth.OPTIONAL).build();
        assertAlert(HandshakeFailure.CLIENT_AUTH_WITHOUT_VERIFIER, AlertDescription.INTERNAL_ERROR,
                () -> new ServerUnderTest(noVerifier).feed(client.send(new ClientHelloBuilder(client).build())));
    }

    @Test
    void refusesACertificateWithAContext() throws Exception {
        ServerUnderTest server = server(ClientAuth.REQUIRED, recordingVerifier);
        start(server);
        Handshake withContext = Handshake.of(new Certificate(Bytes.of((byte) 1), List.of()));
        assertAlert(HandshakeFailure.CERTIFICATE_REQUEST_CONTEXT_MISMATCH, AlertDescription.ILLEGAL_PARAMETER,
                () -> server.feed(withContext));
    }

    @Test
    void refusesCertificateEntryExtensionsNobodyAskedFor() throws Exception {
        ServerUnderTest server = server(ClientAuth.REQUIRED, recordingVerifier);
        start(server);
        Extension staple = new Extension(ExtensionType.STATUS_REQUEST, Bytes.fromHex("0100000100"));
        Handshake withStaple = Handshake.of(new Certificate(Bytes.EMPTY, List.of(
                new CertificateEntry(ServerFixtures.CLIENT_ED25519.leaf().encoded(), List.of(staple)))));
        assertAlert(HandshakeFailure.UNSOLICITED_CERTIFICATE_EXTENSION, AlertDescription.UNSUPPORTED_EXTENSION,
                () -> server.feed(withStaple));
    }

    @Test
    void refusesACertificateThatDoesNotParse() throws Exception {
        ServerUnderTest server = server(ClientAuth.REQUIRED, recordingVerifier);
        start(server);
        Handshake garbage = Handshake.of(new Certificate(Bytes.EMPTY, List.of(
                new CertificateEntry(Bytes.fromHex("3003020101"), List.of()))));
        assertAlert(HandshakeFailure.MALFORMED_PEER_CERTIFICATE, AlertDescription.BAD_CERTIFICATE,
                () -> server.feed(garbage));
    }

    @Test
    void refusesABadCertificateVerify() throws Exception {
        ServerUnderTest server = server(ClientAuth.REQUIRED, recordingVerifier);
        start(server);
        List<Handshake> flight = client.secondFlight(Optional.of(ServerFixtures.CLIENT_ED25519));
        server.feed(flight.get(0));
        CertificateVerify real = (CertificateVerify) Tls13Messages.decode(flight.get(1));
        byte[] signature = real.signature().toByteArray();
        signature[0] ^= 1;
        Handshake forged = Handshake.of(new CertificateVerify(real.algorithm(), Bytes.wrap(signature)));
        assertAlert(HandshakeFailure.BAD_CERTIFICATE_VERIFY_SIGNATURE, AlertDescription.DECRYPT_ERROR,
                () -> server.feed(forged));
        assertTrue(verified.isEmpty(), "the chain is judged only after the signature");
    }

    @Test
    void refusesACertificateVerifyWithASchemeWeDidNotOffer() throws Exception {
        ServerUnderTest server = server(ClientAuth.REQUIRED, recordingVerifier);
        start(server);
        List<Handshake> flight = client.secondFlight(Optional.of(ServerFixtures.CLIENT_ED25519));
        server.feed(flight.get(0));
        CertificateVerify real = (CertificateVerify) Tls13Messages.decode(flight.get(1));
        Handshake legacy = Handshake.of(new CertificateVerify(SignatureScheme.RSA_PKCS1_SHA1, real.signature()));
        assertAlert(HandshakeFailure.SIGNATURE_SCHEME_NOT_OFFERED, AlertDescription.ILLEGAL_PARAMETER,
                () -> server.feed(legacy));
    }

    @Test
    void endsWithTheVerifiersAlert() throws Exception {
        ServerUnderTest server = server(ClientAuth.OPTIONAL, (chain, context) -> {
            throw new TlsException(VerifierFailure.UNKNOWN_ISSUER, "no path to a trust anchor");
        });
        start(server);
        List<Handshake> flight = client.secondFlight(Optional.of(ServerFixtures.CLIENT_ED25519));
        server.feed(flight.get(0));
        assertAlert(VerifierFailure.UNKNOWN_ISSUER, AlertDescription.UNKNOWN_CA, () -> server.feed(flight.get(1)));
    }

    @Test
    void refusesAFinishedInPlaceOfTheCertificate() throws Exception {
        ServerUnderTest server = server(ClientAuth.OPTIONAL, recordingVerifier);
        start(server);
        Handshake finished = client.finished();
        assertAlert(HandshakeFailure.CLIENT_MESSAGE_OUT_OF_ORDER, AlertDescription.UNEXPECTED_MESSAGE,
                () -> server.feed(finished));
    }
}
