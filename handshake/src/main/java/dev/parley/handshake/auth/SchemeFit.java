package dev.parley.handshake.auth;

import dev.parley.crypto.EcPublicKey;
import dev.parley.crypto.PublicKey;
import dev.parley.handshake.codepoint.SignatureKey;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.x509.Oids;
import dev.parley.x509.key.SubjectPublicKeyInfo;
import java.util.Optional;

/**
 * Whether a certificate's key can make signatures of a TLS 1.3 signature scheme (RFC 8446 §4.2.3):
 * the key family, the one curve an ecdsa_* scheme names, rsaEncryption keys for rsa_pss_rsae_* and
 * rsa_pkcs1_*, RSASSA-PSS keys (within their own parameters, RFC 4055 §3.3) for rsa_pss_pss_*.
 */
public final class SchemeFit {

    private SchemeFit() {
    }

    /** Whether the key of {@code spki} fits {@code scheme}. */
    public static boolean fits(SignatureScheme scheme, SubjectPublicKeyInfo spki) {
        Optional<SignatureKey> wanted = scheme.signatureKey();
        Optional<PublicKey> key = spki.publicKey();
        if (wanted.isEmpty() || key.isEmpty() || scheme.signatureAlgorithm().isEmpty()
                || key.get().type() != wanted.get().keyType()) {
            return false;
        }
        return switch (wanted.get()) {
            case RSA_ENCRYPTION -> spki.algorithm().algorithm().equals(Oids.RSA_ENCRYPTION);
            case RSASSA_PSS -> spki.algorithm().algorithm().equals(Oids.RSASSA_PSS)
                    && spki.rsaPssParameters().map(p -> p.signatureAlgorithm().equals(scheme.signatureAlgorithm()))
                            .orElse(true);
            case EC_ANY_CURVE, ED25519, ED448 -> true;
            case EC_SECP256R1, EC_SECP384R1, EC_SECP521R1 ->
                    wanted.get().curve().equals(Optional.of(((EcPublicKey) key.get()).curve()));
        };
    }
}
