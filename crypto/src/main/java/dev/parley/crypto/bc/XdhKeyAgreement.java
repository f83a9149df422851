package dev.parley.crypto.bc;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.KeyAgreement;
import dev.parley.crypto.KeyAgreementAlgorithm;
import dev.parley.crypto.KeyShare;
import dev.parley.crypto.RandomSource;
import java.util.Arrays;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.bouncycastle.math.ec.rfc7748.X448;

/**
 * X25519 and X448 (RFC 7748 §5) over Bouncy Castle's RFC 7748 classes.
 *
 * <p>A private key is exactly the 32 or 56 bytes drawn from the random source, unclamped; the
 * function clamps it (RFC 7748 §5, decodeScalar25519/448). So a test source that replays RFC 8448's
 * private key reproduces RFC 8448's key share.
 */
final class XdhKeyAgreement implements KeyAgreement {

    private final KeyAgreementAlgorithm algorithm;
    private final RandomSource random;

    XdhKeyAgreement(KeyAgreementAlgorithm algorithm, RandomSource random) {
        if (algorithm != KeyAgreementAlgorithm.X25519 && algorithm != KeyAgreementAlgorithm.X448) {
            throw new IllegalArgumentException("not an RFC 7748 function: " + algorithm);
        }
        this.algorithm = algorithm;
        this.random = random;
    }

    @Override
    public KeyAgreementAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public KeyShare generate() {
        // RFC 7748 §6.1 and §6.2: the private key is 32 (56) random bytes.
        return new Share(algorithm, random.bytes(algorithm.publicShareLength()));
    }

    @Override
    public KeyShare fromPrivateKey(byte[] privateKey) throws CryptoException {
        if (privateKey.length != algorithm.publicShareLength()) {
            throw new CryptoException(CryptoException.Kind.INVALID_KEY, algorithm + " private key must be "
                    + algorithm.publicShareLength() + " bytes, not " + privateKey.length);
        }
        return new Share(algorithm, privateKey.clone());
    }

    /** One X25519/X448 key pair. */
    private static final class Share extends EphemeralShare {

        private byte[] privateKey;

        Share(KeyAgreementAlgorithm algorithm, byte[] privateKey) {
            super(algorithm, publicKey(algorithm, privateKey));
            this.privateKey = privateKey;
        }

        /** RFC 7748 §6: the public key is X25519(a, 9) / X448(a, 5). */
        private static byte[] publicKey(KeyAgreementAlgorithm algorithm, byte[] privateKey) {
            byte[] publicShare = new byte[algorithm.publicShareLength()];
            if (algorithm == KeyAgreementAlgorithm.X25519) {
                X25519.scalarMultBase(privateKey, 0, publicShare, 0);
            } else {
                X448.scalarMultBase(privateKey, 0, publicShare, 0);
            }
            return publicShare;
        }

        @Override
        byte[] agreeWith(byte[] peerPublicShare) throws CryptoException {
            KeyAgreementAlgorithm algorithm = algorithm();
            // RFC 8446 §4.2.8.2: the key_exchange is exactly 32 (X25519) or 56 (X448) bytes.
            if (peerPublicShare.length != algorithm.publicShareLength()) {
                throw new CryptoException(CryptoException.Kind.INVALID_PUBLIC_SHARE, algorithm
                        + " share must be " + algorithm.publicShareLength() + " bytes, not " + peerPublicShare.length);
            }
            byte[] secret = new byte[algorithm.sharedSecretLength()];
            boolean nonZero = algorithm == KeyAgreementAlgorithm.X25519
                    ? X25519.calculateAgreement(privateKey, 0, peerPublicShare, 0, secret, 0)
                    : X448.calculateAgreement(privateKey, 0, peerPublicShare, 0, secret, 0);
            // RFC 8446 §7.4.2 (after RFC 7748 §6): an all-zero shared secret means a small-order
            // peer share, and the handshake must be aborted.
            if (!nonZero) {
                throw new CryptoException(CryptoException.Kind.INVALID_PUBLIC_SHARE,
                        algorithm + " shared secret is all zeros (small-order peer share)");
            }
            return secret;
        }

        @Override
        void forgetPrivateKey() {
            if (privateKey != null) {
                Arrays.fill(privateKey, (byte) 0);
                privateKey = null;
            }
        }
    }
}
