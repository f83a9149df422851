package dev.parley.handshake.auth;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.SignatureVerifier;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.message.CertificateVerify;
import dev.parley.record.TlsException;
import dev.parley.x509.Certificate;
import java.util.List;

/**
 * Checks the peer's CertificateVerify (RFC 8446 §4.4.3): the scheme must be one we offered and
 * allowed in a CertificateVerify, the leaf's key must fit it, and the signature over the content
 * must verify.
 */
public final class PeerSignature {

    private PeerSignature() {
    }

    /**
     * Verifies {@code verify}, made by the holder of {@code leaf}'s key over the transcript hash.
     *
     * @param peerIsServer whether the peer signs as the server
     * @param offeredSchemes the schemes we sent in signature_algorithms
     * @throws TlsException illegal_parameter for a scheme we did not offer or that does not fit the
     *         key; decrypt_error for a signature that does not verify (RFC 8446 §4.4.3)
     */
    public static void verify(CryptoProvider crypto, CertificateVerify verify, Certificate leaf, boolean peerIsServer,
                              List<SignatureScheme> offeredSchemes, Bytes transcriptHash) throws TlsException {
        SignatureScheme scheme = verify.algorithm();
        if (!offeredSchemes.contains(scheme) || !SchemeSelection.isAllowedInCertificateVerify(scheme)) {
            throw new TlsException(HandshakeFailure.SIGNATURE_SCHEME_NOT_OFFERED,
                    "the peer signed with " + scheme + ", which we did not offer for CertificateVerify");
        }
        if (!SchemeFit.fits(scheme, leaf.subjectPublicKeyInfo())) {
            throw new TlsException(HandshakeFailure.SIGNATURE_SCHEME_KEY_MISMATCH,
                    "the peer signed with " + scheme + ", which its certificate's key ("
                            + leaf.subjectPublicKeyInfo().algorithm().algorithm() + ") cannot make");
        }
        byte[] content = CertificateVerifyContent.of(peerIsServer, transcriptHash);
        boolean valid;
        try {
            SignatureVerifier verifier = crypto.verifier(scheme.signatureAlgorithm().orElseThrow(),
                    leaf.publicKey().orElseThrow());
            valid = verifier.verify(content, verify.signature().toByteArray());
        } catch (CryptoException e) {
            throw new TlsException(HandshakeFailure.SIGNATURE_SCHEME_KEY_MISMATCH,
                    "the peer's certificate key cannot verify " + scheme + ": " + e.getMessage());
        }
        if (!valid) {
            throw new TlsException(HandshakeFailure.BAD_CERTIFICATE_VERIFY_SIGNATURE,
                    "the peer's CertificateVerify signature (" + scheme + ") does not verify");
        }
    }
}
