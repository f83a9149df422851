package dev.parley.crypto.bc;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.EcPrivateKey;
import dev.parley.crypto.EdPrivateKey;
import dev.parley.crypto.KeyAgreementAlgorithm;
import dev.parley.crypto.KeyShare;
import dev.parley.crypto.KeyType;
import dev.parley.crypto.NamedCurve;
import dev.parley.crypto.PrivateKey;
import dev.parley.crypto.SeededRandomSource;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.SignatureVerifier;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * Key shares and verifiers made once for the property and fuzz tests: one share per key-agreement
 * algorithm, and per signature algorithm a verifier with a message and a genuine signature of it.
 */
final class CryptoFixtures {

    static final byte[] MESSAGE = "fixture message".getBytes(StandardCharsets.US_ASCII);

    static final BouncyCastleCryptoProvider PROVIDER = new BouncyCastleCryptoProvider(new SeededRandomSource("fixtures"));

    static final Map<KeyAgreementAlgorithm, KeyShare> SHARES = new EnumMap<>(KeyAgreementAlgorithm.class);
    static final Map<SignatureAlgorithm, SignatureVerifier> VERIFIERS = new EnumMap<>(SignatureAlgorithm.class);
    static final Map<SignatureAlgorithm, byte[]> SIGNATURES = new EnumMap<>(SignatureAlgorithm.class);

    static {
        for (KeyAgreementAlgorithm algorithm : KeyAgreementAlgorithm.values()) {
            SHARES.put(algorithm, PROVIDER.keyAgreement(algorithm).generate());
        }
        EcPrivateKey p256 = PROVIDER.generateEcKey(NamedCurve.SECP256R1);
        EcPrivateKey p384 = PROVIDER.generateEcKey(NamedCurve.SECP384R1);
        EcPrivateKey p521 = PROVIDER.generateEcKey(NamedCurve.SECP521R1);
        EdPrivateKey ed25519 = PROVIDER.generateEdKey(KeyType.ED25519);
        EdPrivateKey ed448 = PROVIDER.generateEdKey(KeyType.ED448);
        for (SignatureAlgorithm algorithm : SignatureAlgorithm.values()) {
            PrivateKey key = switch (algorithm) {
                case ECDSA_SHA1, ECDSA_SHA256 -> p256;
                case ECDSA_SHA384 -> p384;
                case ECDSA_SHA512 -> p521;
                case RSA_PKCS1_SHA1, RSA_PKCS1_SHA256, RSA_PKCS1_SHA384, RSA_PKCS1_SHA512,
                     RSA_PSS_SHA256, RSA_PSS_SHA384 -> Rfc8448RsaKey.privateKey();
                // A 1024-bit key has no room for PSS with SHA-512 (RFC 8017 §9.1.1).
                case RSA_PSS_SHA512 -> null;
                case ED25519 -> ed25519;
                case ED448 -> ed448;
            };
            if (key == null) {
                continue;
            }
            try {
                VERIFIERS.put(algorithm, PROVIDER.verifier(algorithm, PROVIDER.publicKeyOf(key)));
                SIGNATURES.put(algorithm, PROVIDER.signer(algorithm, key).sign(MESSAGE));
            } catch (CryptoException e) {
                throw new IllegalStateException("fixture key refused for " + algorithm, e);
            }
        }
    }

    private CryptoFixtures() {
    }
}
