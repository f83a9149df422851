package dev.parley.crypto;

/**
 * A signature algorithm: the signing primitive together with its hash.
 *
 * <p>ECDSA is named by hash only, because X.509 (and TLS 1.2) may combine any curve with any hash;
 * the curve comes from the key. TLS 1.3 binds curve and hash ({@code ecdsa_secp256r1_sha256}), and
 * the handshake module enforces that binding when it maps a SignatureScheme onto one of these.
 * RSASSA-PSS uses MGF1 with the same hash and a salt as long as the hash (RFC 8446 §4.2.3); the
 * same algorithm serves TLS's {@code rsa_pss_rsae_*} and {@code rsa_pss_pss_*}, which differ only in
 * the key's type.
 */
public enum SignatureAlgorithm {
    ECDSA_SHA1(HashAlgorithm.SHA1),
    ECDSA_SHA256(HashAlgorithm.SHA256),
    ECDSA_SHA384(HashAlgorithm.SHA384),
    ECDSA_SHA512(HashAlgorithm.SHA512),
    RSA_PKCS1_SHA1(HashAlgorithm.SHA1),
    RSA_PKCS1_SHA256(HashAlgorithm.SHA256),
    RSA_PKCS1_SHA384(HashAlgorithm.SHA384),
    RSA_PKCS1_SHA512(HashAlgorithm.SHA512),
    RSA_PSS_SHA256(HashAlgorithm.SHA256),
    RSA_PSS_SHA384(HashAlgorithm.SHA384),
    RSA_PSS_SHA512(HashAlgorithm.SHA512),
    /** PureEdDSA over edwards25519 (RFC 8032 §5.1); the message is not pre-hashed. */
    ED25519(null),
    /** PureEdDSA over edwards448 with an empty context (RFC 8032 §5.2). */
    ED448(null);

    private final HashAlgorithm hash;

    SignatureAlgorithm(HashAlgorithm hash) {
        this.hash = hash;
    }

    /** The hash the message goes through; EdDSA has none exposed, so empty there. */
    public java.util.Optional<HashAlgorithm> hash() {
        return java.util.Optional.ofNullable(hash);
    }

    /** The kind of key this algorithm signs with. */
    public KeyType keyType() {
        return switch (this) {
            case ECDSA_SHA1, ECDSA_SHA256, ECDSA_SHA384, ECDSA_SHA512 -> KeyType.EC;
            case RSA_PKCS1_SHA1, RSA_PKCS1_SHA256, RSA_PKCS1_SHA384, RSA_PKCS1_SHA512,
                 RSA_PSS_SHA256, RSA_PSS_SHA384, RSA_PSS_SHA512 -> KeyType.RSA;
            case ED25519 -> KeyType.ED25519;
            case ED448 -> KeyType.ED448;
        };
    }
}
