package dev.parley.crypto.bc;

import dev.parley.crypto.CryptoException;
import dev.parley.crypto.KeyAgreementAlgorithm;
import dev.parley.crypto.KeyShare;

/**
 * What every ephemeral key pair of this provider shares, whatever its group: the algorithm and the
 * public share, the refusal to agree once the private key is destroyed, and a {@code toString} that
 * never shows the private key. Subclasses hold the private key and do the group's arithmetic.
 */
abstract class EphemeralShare implements KeyShare {

    private final KeyAgreementAlgorithm algorithm;
    private final byte[] publicShare;
    private boolean destroyed;

    EphemeralShare(KeyAgreementAlgorithm algorithm, byte[] publicShare) {
        this.algorithm = algorithm;
        this.publicShare = publicShare;
    }

    /** The shared secret with {@code peerPublicShare}, validated as {@link KeyShare#agree} requires. */
    abstract byte[] agreeWith(byte[] peerPublicShare) throws CryptoException;

    /** Drops (and where it can, overwrites) the private key. */
    abstract void forgetPrivateKey();

    @Override
    public final KeyAgreementAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public final byte[] publicShare() {
        return publicShare.clone();
    }

    @Override
    public final byte[] agree(byte[] peerPublicShare) throws CryptoException {
        if (destroyed) {
            throw new IllegalStateException("key share was destroyed");
        }
        return agreeWith(peerPublicShare);
    }

    @Override
    public final void destroy() {
        destroyed = true;
        forgetPrivateKey();
    }

    @Override
    public final String toString() {
        return "KeyShare[" + algorithm + (destroyed ? ", destroyed]" : ", redacted]");
    }
}
