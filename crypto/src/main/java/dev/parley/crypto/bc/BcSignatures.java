package dev.parley.crypto.bc;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.EcPrivateKey;
import dev.parley.crypto.EcPublicKey;
import dev.parley.crypto.EdPrivateKey;
import dev.parley.crypto.EdPublicKey;
import dev.parley.crypto.KeyType;
import dev.parley.crypto.PrivateKey;
import dev.parley.crypto.PublicKey;
import dev.parley.crypto.RsaPrivateKey;
import dev.parley.crypto.RsaPublicKey;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.SignatureVerifier;
import dev.parley.crypto.Signer;
import java.security.SecureRandom;

/**
 * Picks the signer or verifier class for an algorithm, after checking that the key belongs to the
 * algorithm's family (an RSA key offered for ECDSA, or an Ed25519 key for Ed448, is INVALID_KEY).
 */
final class BcSignatures {

    private BcSignatures() {
    }

    static Signer signer(SignatureAlgorithm algorithm, PrivateKey key, SecureRandom random) throws CryptoException {
        requireFamily(algorithm, key.type());
        return switch (algorithm) {
            case ECDSA_SHA1, ECDSA_SHA256, ECDSA_SHA384, ECDSA_SHA512 -> new EcdsaSigner(algorithm, (EcPrivateKey) key);
            case RSA_PKCS1_SHA1, RSA_PKCS1_SHA256, RSA_PKCS1_SHA384, RSA_PKCS1_SHA512 ->
                    new RsaPkcs1Signer(algorithm, (RsaPrivateKey) key, random);
            case RSA_PSS_SHA256, RSA_PSS_SHA384, RSA_PSS_SHA512 -> new RsaPssSigner(algorithm, (RsaPrivateKey) key, random);
            case ED25519, ED448 -> new EdDsaSigner(algorithm, (EdPrivateKey) key);
        };
    }

    static SignatureVerifier verifier(SignatureAlgorithm algorithm, PublicKey key, EcPublicPoints points)
            throws CryptoException {
        requireFamily(algorithm, key.type());
        return switch (algorithm) {
            case ECDSA_SHA1, ECDSA_SHA256, ECDSA_SHA384, ECDSA_SHA512 -> new EcdsaVerifier(algorithm, (EcPublicKey) key, points);
            case RSA_PKCS1_SHA1, RSA_PKCS1_SHA256, RSA_PKCS1_SHA384, RSA_PKCS1_SHA512 ->
                    new RsaPkcs1Verifier(algorithm, (RsaPublicKey) key);
            case RSA_PSS_SHA256, RSA_PSS_SHA384, RSA_PSS_SHA512 -> new RsaPssVerifier(algorithm, (RsaPublicKey) key);
            case ED25519, ED448 -> new EdDsaVerifier(algorithm, (EdPublicKey) key);
        };
    }

    private static void requireFamily(SignatureAlgorithm algorithm, KeyType type) throws CryptoException {
        if (algorithm.keyType() != type) {
            throw new CryptoException(CryptoException.Kind.INVALID_KEY, type + " key cannot be used with " + algorithm);
        }
    }
}
