package dev.parley.crypto.bc;

import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.Hmac;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/** HMAC (RFC 2104) over Bouncy Castle's {@link HMac}, which resets to the keyed state after each MAC. */
final class BcHmac implements Hmac {

    private final HashAlgorithm algorithm;
    private final HMac mac;

    BcHmac(HashAlgorithm algorithm, byte[] key) {
        this.algorithm = algorithm;
        this.mac = new HMac(BcHash.newDigest(algorithm));
        mac.init(new KeyParameter(key));
    }

    @Override
    public HashAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public void update(byte[] input, int offset, int length) {
        mac.update(input, offset, length);
    }

    @Override
    public byte[] doFinal() {
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }
}
