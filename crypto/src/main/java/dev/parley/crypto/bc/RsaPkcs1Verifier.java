package dev.parley.crypto.bc;

import dev.parley.crypto.ConstantTime;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.RsaPublicKey;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.SignatureVerifier;
import java.math.BigInteger;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.params.RSAKeyParameters;

/**
 * RSASSA-PKCS1-v1_5 verification (RFC 8017 §8.2.2) by encode-and-compare: the expected encoded
 * message is built from the hash and compared with the recovered one, so a DigestInfo without
 * NULL parameters, garbage after the hash or short padding can never pass.
 */
final class RsaPkcs1Verifier implements SignatureVerifier {

    private final SignatureAlgorithm algorithm;
    private final HashAlgorithm hash;
    private final Digest digest;
    private final BigInteger modulus;
    private final BigInteger publicExponent;
    private final int modulusLength;

    RsaPkcs1Verifier(SignatureAlgorithm algorithm, RsaPublicKey key) throws CryptoException {
        RSAKeyParameters parameters = RsaKeys.publicParameters(key);
        this.algorithm = algorithm;
        this.hash = algorithm.hash().orElseThrow();
        this.digest = BcHash.newDigest(hash);
        this.modulus = parameters.getModulus();
        this.publicExponent = parameters.getExponent();
        this.modulusLength = RsaKeys.modulusLength(modulus);
        if (modulusLength < EmsaPkcs1v15.minimumLength(hash)) {
            throw new CryptoException(CryptoException.Kind.INVALID_KEY, "RSA key too small for " + algorithm);
        }
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public boolean verify(byte[] message, byte[] signature) {
        // RFC 8017 §8.2.2 step 1: the signature is exactly k bytes.
        if (signature.length != modulusLength) {
            return false;
        }
        BigInteger s = new BigInteger(1, signature);
        // RFC 8017 §5.2.2 (RSAVP1) step 1: s must be below n.
        if (s.compareTo(modulus) >= 0) {
            return false;
        }
        byte[] recovered = toLength(s.modPow(publicExponent, modulus), modulusLength);
        byte[] h = new byte[digest.getDigestSize()];
        digest.update(message, 0, message.length);
        digest.doFinal(h, 0);
        // RFC 8017 §8.2.2 steps 3 and 4: encode the expected EM and compare.
        return ConstantTime.areEqual(EmsaPkcs1v15.encode(hash, h, modulusLength), recovered);
    }

    /** I2OSP(x, length) (RFC 8017 §4.1); x < n always fits. */
    static byte[] toLength(BigInteger x, int length) {
        byte[] magnitude = x.toByteArray();
        int significant = Math.min(magnitude.length, length);
        byte[] out = new byte[length];
        System.arraycopy(magnitude, magnitude.length - significant, out, length - significant, significant);
        return out;
    }
}
