package dev.parley.crypto.bc;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.RsaPrivateKey;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.Signer;
import java.security.SecureRandom;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.signers.PSSSigner;

/**
 * RSASSA-PSS signing (RFC 8017 §8.1.1). The salt, like the blinding values, is drawn from the
 * provider's random source, so a seeded source reproduces a signature.
 */
final class RsaPssSigner implements Signer {

    private final SignatureAlgorithm algorithm;
    private final PSSSigner pss;

    RsaPssSigner(SignatureAlgorithm algorithm, RsaPrivateKey key, SecureRandom random) throws CryptoException {
        RSAPrivateCrtKeyParameters parameters = RsaKeys.privateParameters(key);
        RsaPss.checkKeySize(algorithm, parameters.getModulus());
        this.algorithm = algorithm;
        this.pss = RsaPss.newPssSigner(algorithm);
        pss.init(true, new ParametersWithRandom(parameters, random));
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public byte[] sign(byte[] message) {
        pss.update(message, 0, message.length);
        try {
            return pss.generateSignature();
        } catch (org.bouncycastle.crypto.CryptoException e) {
            // Only raised for a key too small for the salt, which the constructor already refused.
            throw new IllegalStateException("PSS encoding failed for a checked key", e);
        }
    }
}
