package dev.parley.crypto.bc;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.EcPrivateKey;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.NamedCurve;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.Signer;
import java.math.BigInteger;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;

/**
 * ECDSA signing (FIPS 186-4 §6.4) with deterministic k (RFC 6979 §3.2), HMAC_DRBG over the same
 * hash as the message, so that signatures are reproducible and no signature depends on the
 * quality of the random source.
 */
final class EcdsaSigner implements Signer {

    private final SignatureAlgorithm algorithm;
    private final Digest digest;
    private final ECDSASigner ecdsa;

    EcdsaSigner(SignatureAlgorithm algorithm, EcPrivateKey key) throws CryptoException {
        if (key.isDestroyed()) {
            throw new CryptoException(CryptoException.Kind.INVALID_KEY, "private key was destroyed");
        }
        NamedCurve curve = key.curve();
        BigInteger d = key.scalar();
        if (!EcCurves.isValidScalar(curve, d)) {
            throw new CryptoException(CryptoException.Kind.INVALID_KEY, curve.secName() + " private key not in [1, n-1]");
        }
        HashAlgorithm hash = algorithm.hash().orElseThrow();
        this.algorithm = algorithm;
        this.digest = BcHash.newDigest(hash);
        // RFC 6979 §3.2: k from HMAC_DRBG keyed with the private key and the message hash.
        this.ecdsa = new ECDSASigner(new HMacDSAKCalculator(BcHash.newDigest(hash)));
        ecdsa.init(true, new ECPrivateKeyParameters(d, EcCurves.domain(curve)));
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public byte[] sign(byte[] message) {
        byte[] hash = new byte[digest.getDigestSize()];
        digest.update(message, 0, message.length);
        digest.doFinal(hash, 0);
        // FIPS 186-4 §6.4.1: the signer truncates the hash to the bit length of n itself.
        BigInteger[] rs = ecdsa.generateSignature(hash);
        return new EcdsaSignature(rs[0], rs[1]).encode();
    }
}
