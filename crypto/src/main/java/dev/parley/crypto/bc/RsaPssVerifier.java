package dev.parley.crypto.bc;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.RsaPublicKey;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.SignatureVerifier;
import java.math.BigInteger;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.PSSSigner;

/**
 * RSASSA-PSS verification (RFC 8017 §8.1.2) with the salt length fixed to the hash length, as
 * RFC 8446 §4.2.3 requires of TLS signatures.
 */
final class RsaPssVerifier implements SignatureVerifier {

    private final SignatureAlgorithm algorithm;
    private final BigInteger modulus;
    private final int modulusLength;
    private final PSSSigner pss;

    RsaPssVerifier(SignatureAlgorithm algorithm, RsaPublicKey key) throws CryptoException {
        RSAKeyParameters parameters = RsaKeys.publicParameters(key);
        RsaPss.checkKeySize(algorithm, parameters.getModulus());
        this.algorithm = algorithm;
        this.modulus = parameters.getModulus();
        this.modulusLength = RsaKeys.modulusLength(modulus);
        this.pss = RsaPss.newPssSigner(algorithm);
        pss.init(false, parameters);
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public boolean verify(byte[] message, byte[] signature) {
        // RFC 8017 §8.1.2 step 1: exactly k bytes; §5.2.2 step 1: s < n. Checked here so the
        // engine below never sees an input it would reject with an exception.
        if (signature.length != modulusLength || new BigInteger(1, signature).compareTo(modulus) >= 0) {
            return false;
        }
        pss.update(message, 0, message.length);
        return pss.verifySignature(signature);
    }
}
