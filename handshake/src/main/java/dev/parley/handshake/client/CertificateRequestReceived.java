package dev.parley.handshake.client;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.extension.CertificateAuthoritiesExtension;
import dev.parley.handshake.extension.Empty;
import dev.parley.handshake.extension.SignatureSchemeList;
import dev.parley.handshake.message.CertificateRequest;
import dev.parley.record.TlsException;
import java.util.List;
import java.util.Objects;

/**
 * A server's CertificateRequest in the main handshake (RFC 8446 §4.3.2), checked and reduced to
 * what our answer needs.
 *
 * @param context the certificate_request_context our Certificate echoes (empty in the handshake)
 * @param signatureSchemes the server's signature_algorithms, which our CertificateVerify must use
 * @param statusRequest whether the server asks for our OCSP staple (RFC 8446 §4.4.2.1)
 */
record CertificateRequestReceived(Bytes context, List<SignatureScheme> signatureSchemes, boolean statusRequest) {

    CertificateRequestReceived {
        Objects.requireNonNull(context, "context");
        signatureSchemes = List.copyOf(signatureSchemes);
    }

    /** Reads and checks {@code request}. */
    static CertificateRequestReceived read(CertificateRequest request) throws TlsException {
        if (!request.certificateRequestContext().isEmpty()) {
            // RFC 8446 §4.3.2: the context "SHALL be zero length" outside post-handshake authentication.
            throw new TlsException(HandshakeFailure.REQUEST_CONTEXT_NOT_EMPTY, "the CertificateRequest has a "
                    + request.certificateRequestContext().length() + "-byte context in the main handshake");
        }
        // RFC 8446 §4.3.2: unknown extensions are ignored; known ones must belong in a CertificateRequest.
        ExtensionRules.checkUnasked(request.extensions(), ExtensionRules.CERTIFICATE_REQUEST, "CertificateRequest");
        SignatureSchemeList schemes = request.extension(SignatureSchemeList.SIGNATURE_ALGORITHMS).orElseThrow(
                // RFC 8446 §4.3.2: signature_algorithms "MUST be specified".
                () -> new TlsException(HandshakeFailure.CERTIFICATE_REQUEST_WITHOUT_SIGNATURE_ALGORITHMS,
                        "the CertificateRequest has no signature_algorithms"));
        // Read for their syntax only: we do not choose our certificate by issuer or certificate signature.
        request.extension(SignatureSchemeList.SIGNATURE_ALGORITHMS_CERT);
        request.extension(CertificateAuthoritiesExtension.EXTENSION);
        boolean statusRequest = request.extension(Empty.STATUS_REQUEST).isPresent();
        return new CertificateRequestReceived(request.certificateRequestContext(),
                schemes.supportedSignatureAlgorithms(), statusRequest);
    }
}
