package dev.parley.handshake.codepoint;

import dev.parley.crypto.KeyType;
import dev.parley.crypto.NamedCurve;
import java.util.Optional;

/**
 * The key a TLS 1.3 signature scheme may be made with (RFC 8446 §4.2.3): the key's family, and the
 * finer constraint the scheme's name adds to it.
 *
 * <p>RSA keys come in two kinds that X.509 tells apart by the SubjectPublicKeyInfo algorithm:
 * rsaEncryption keys (RFC 8017 Appendix A.1) make rsa_pkcs1_* and rsa_pss_rsae_* signatures;
 * RSASSA-PSS keys (id-RSASSA-PSS, RFC 4055 §1.2) make only rsa_pss_pss_* signatures. TLS 1.3 binds
 * each ecdsa_* scheme to one curve; in TLS 1.2 the same code points mean "ECDSA with this hash" on
 * any curve, and ecdsa_sha1 never named a curve.
 */
public enum SignatureKey {
    /** An RSA key whose SubjectPublicKeyInfo algorithm is rsaEncryption. */
    RSA_ENCRYPTION(KeyType.RSA, null),
    /** An RSA key whose SubjectPublicKeyInfo algorithm is id-RSASSA-PSS. */
    RSASSA_PSS(KeyType.RSA, null),
    /** An ECDSA key on any curve (ecdsa_sha1, and the ecdsa_* code points in TLS 1.2). */
    EC_ANY_CURVE(KeyType.EC, null),
    /** An ECDSA key on secp256r1. */
    EC_SECP256R1(KeyType.EC, NamedCurve.SECP256R1),
    /** An ECDSA key on secp384r1. */
    EC_SECP384R1(KeyType.EC, NamedCurve.SECP384R1),
    /** An ECDSA key on secp521r1. */
    EC_SECP521R1(KeyType.EC, NamedCurve.SECP521R1),
    /** An Ed25519 key. */
    ED25519(KeyType.ED25519, null),
    /** An Ed448 key. */
    ED448(KeyType.ED448, null);

    private final KeyType keyType;
    private final NamedCurve curve;

    SignatureKey(KeyType keyType, NamedCurve curve) {
        this.keyType = keyType;
        this.curve = curve;
    }

    /** The key family. */
    public KeyType keyType() {
        return keyType;
    }

    /** The one curve an ECDSA key must be on, when the scheme names one. */
    public Optional<NamedCurve> curve() {
        return Optional.ofNullable(curve);
    }
}
