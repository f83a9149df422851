package dev.parley.crypto.bc;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.RsaPrivateKey;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.Signer;
import java.security.SecureRandom;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;

/**
 * RSASSA-PKCS1-v1_5 signing (RFC 8017 §8.2.1): EMSA-PKCS1-v1_5 encoding, then the private-key
 * operation with CRT and blinding. Deterministic: the same key and message give the same signature.
 *
 * <p>Security: Bouncy Castle's blinded engine randomises each private operation (blinding values
 * from the provider's random source) against timing attacks, and checks the CRT result before
 * releasing it against fault attacks.
 */
final class RsaPkcs1Signer implements Signer {

    private final SignatureAlgorithm algorithm;
    private final HashAlgorithm hash;
    private final Digest digest;
    private final int modulusLength;
    private final RSABlindedEngine engine = new RSABlindedEngine();

    RsaPkcs1Signer(SignatureAlgorithm algorithm, RsaPrivateKey key, SecureRandom random) throws CryptoException {
        RSAPrivateCrtKeyParameters parameters = RsaKeys.privateParameters(key);
        this.algorithm = algorithm;
        this.hash = algorithm.hash().orElseThrow();
        this.digest = BcHash.newDigest(hash);
        this.modulusLength = RsaKeys.modulusLength(parameters.getModulus());
        // RFC 8017 §9.2 step 3: emLen >= tLen + 11.
        if (modulusLength < EmsaPkcs1v15.minimumLength(hash)) {
            throw new CryptoException(CryptoException.Kind.INVALID_KEY, "RSA key too small for " + algorithm);
        }
        engine.init(true, new ParametersWithRandom(parameters, random));
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public byte[] sign(byte[] message) {
        byte[] h = new byte[digest.getDigestSize()];
        digest.update(message, 0, message.length);
        digest.doFinal(h, 0);
        // RFC 8017 §8.2.1: EM of length k, then s = RSASP1(K, m), output at length k.
        byte[] em = EmsaPkcs1v15.encode(hash, h, modulusLength);
        return engine.processBlock(em, 0, em.length);
    }
}
