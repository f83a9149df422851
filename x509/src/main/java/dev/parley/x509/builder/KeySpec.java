package dev.parley.x509.builder;

import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.KeyType;
import dev.parley.crypto.NamedCurve;
import dev.parley.crypto.PrivateKey;

/**
 * The kinds of key the certificate builder can make, each with the signature algorithm a
 * certificate signed by such a key carries ({@link CertificateBuilder} picks it).
 */
public enum KeySpec {
    /** RSA with a 2048-bit modulus, the smallest the CA/Browser Forum allows. */
    RSA_2048,
    RSA_3072,
    RSA_4096,
    /** ECDSA on P-256: the default, small and fast, and accepted everywhere TLS 1.2 and 1.3 are. */
    EC_P256,
    EC_P384,
    EC_P521,
    ED25519,
    ED448;

    /** A new key of this kind from {@code crypto}'s random source. */
    public PrivateKey generate(CryptoProvider crypto) {
        return switch (this) {
            case RSA_2048 -> crypto.generateRsaKey(2048);
            case RSA_3072 -> crypto.generateRsaKey(3072);
            case RSA_4096 -> crypto.generateRsaKey(4096);
            case EC_P256 -> crypto.generateEcKey(NamedCurve.SECP256R1);
            case EC_P384 -> crypto.generateEcKey(NamedCurve.SECP384R1);
            case EC_P521 -> crypto.generateEcKey(NamedCurve.SECP521R1);
            case ED25519 -> crypto.generateEdKey(KeyType.ED25519);
            case ED448 -> crypto.generateEdKey(KeyType.ED448);
        };
    }
}
