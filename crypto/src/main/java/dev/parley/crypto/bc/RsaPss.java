package dev.parley.crypto.bc;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.SignatureAlgorithm;
import java.math.BigInteger;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.signers.PSSSigner;

/**
 * RSASSA-PSS as TLS uses it (RFC 8446 §4.2.3): MGF1 with the message hash and a salt exactly as
 * long as the hash, trailer 0xbc (RFC 8017 §8.1, §9.1).
 */
final class RsaPss {

    private RsaPss() {
    }

    /** A Bouncy Castle PSS signer (or verifier) with Parley's fixed parameters for {@code algorithm}. */
    static PSSSigner newPssSigner(SignatureAlgorithm algorithm) {
        HashAlgorithm hash = algorithm.hash().orElseThrow();
        return new PSSSigner(new RSABlindedEngine(), BcHash.newDigest(hash), BcHash.newDigest(hash),
                hash.outputLength(), PSSSigner.TRAILER_IMPLICIT);
    }

    /**
     * RFC 8017 §9.1.1 step 3: emLen = ceil((modBits - 1) / 8) must be at least hLen + sLen + 2;
     * with sLen = hLen, a 1024-bit key cannot carry SHA-512.
     */
    static void checkKeySize(SignatureAlgorithm algorithm, BigInteger modulus) throws CryptoException {
        int hashLength = algorithm.hash().orElseThrow().outputLength();
        int emLength = (modulus.bitLength() - 1 + 7) / 8;
        if (emLength < 2 * hashLength + 2) {
            throw new CryptoException(CryptoException.Kind.INVALID_KEY,
                    modulus.bitLength() + "-bit RSA key too small for " + algorithm);
        }
    }
}
