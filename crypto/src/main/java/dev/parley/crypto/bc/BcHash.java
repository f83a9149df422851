package dev.parley.crypto.bc;

import dev.parley.crypto.Hash;
import dev.parley.crypto.HashAlgorithm;
import org.bouncycastle.crypto.ExtendedDigest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.util.Memoable;

/** A running SHA-1/SHA-2 computation; copies use Bouncy Castle's {@link Memoable} state copy. */
final class BcHash implements Hash {

    private final HashAlgorithm algorithm;
    private final ExtendedDigest digest;

    BcHash(HashAlgorithm algorithm) {
        this(algorithm, newDigest(algorithm));
    }

    private BcHash(HashAlgorithm algorithm, ExtendedDigest digest) {
        this.algorithm = algorithm;
        this.digest = digest;
    }

    static ExtendedDigest newDigest(HashAlgorithm algorithm) {
        return switch (algorithm) {
            case SHA1 -> new SHA1Digest();
            case SHA256 -> SHA256Digest.newInstance();
            case SHA384 -> new SHA384Digest();
            case SHA512 -> new SHA512Digest();
        };
    }

    @Override
    public HashAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public void update(byte[] input, int offset, int length) {
        digest.update(input, offset, length);
    }

    @Override
    public byte[] digest() {
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    @Override
    public Hash copy() {
        return new BcHash(algorithm, (ExtendedDigest) ((Memoable) digest).copy());
    }
}
