package dev.parley.handshake.auth;

import dev.parley.handshake.CertifiedKey;
import dev.parley.handshake.codepoint.SignatureScheme;
import java.util.List;
import java.util.Optional;

/**
 * Chooses what to sign with: the first of our own schemes that the peer offered and that our key
 * fits (RFC 8446 §4.4.3: the scheme must be one the peer listed in signature_algorithms). Legacy
 * schemes (rsa_pkcs1_*, SHA-1) never sign a TLS 1.3 CertificateVerify (§4.2.3).
 */
public final class SchemeSelection {

    /** A certified key with the scheme it will sign with. */
    public record Choice(CertifiedKey key, SignatureScheme scheme) {
    }

    private SchemeSelection() {
    }

    /** The scheme {@code key} signs with for a peer offering {@code peerSchemes}, if any fits. */
    public static Optional<SignatureScheme> schemeFor(CertifiedKey key, List<SignatureScheme> ourSchemes,
                                                      List<SignatureScheme> peerSchemes) {
        for (SignatureScheme scheme : ourSchemes) {
            if (isAllowedInCertificateVerify(scheme) && peerSchemes.contains(scheme)
                    && SchemeFit.fits(scheme, key.leaf().subjectPublicKeyInfo())) {
                return Optional.of(scheme);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code scheme} may sign a TLS 1.3 CertificateVerify: RFC 8446 §4.2.3 restricts
     * RSASSA-PKCS1-v1_5 to signatures in certificates, and SHA-1 is legacy.
     */
    public static boolean isAllowedInCertificateVerify(SignatureScheme scheme) {
        return !scheme.isLegacy() && scheme.signatureAlgorithm().map(a -> switch (a) {
            case RSA_PKCS1_SHA1, RSA_PKCS1_SHA256, RSA_PKCS1_SHA384, RSA_PKCS1_SHA512,
                 ECDSA_SHA1 -> false;
            case ECDSA_SHA256, ECDSA_SHA384, ECDSA_SHA512, RSA_PSS_SHA256, RSA_PSS_SHA384,
                 RSA_PSS_SHA512, ED25519, ED448 -> true;
        }).orElse(false);
    }

    /** The first of {@code candidates} that can sign for the peer, with its scheme. */
    public static Optional<Choice> choose(List<CertifiedKey> candidates, List<SignatureScheme> ourSchemes,
                                          List<SignatureScheme> peerSchemes) {
        for (CertifiedKey candidate : candidates) {
            Optional<SignatureScheme> scheme = schemeFor(candidate, ourSchemes, peerSchemes);
            if (scheme.isPresent()) {
                return Optional.of(new Choice(candidate, scheme.get()));
            }
        }
        return Optional.empty();
    }
}
