package dev.parley.crypto.bc;

import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.Hkdf;
import java.security.MessageDigest;
import java.util.Arrays;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/** HKDF (RFC 5869) written out over HMAC, so each step reads like §2.2 and §2.3. */
final class BcHkdf implements Hkdf {

    private final HashAlgorithm algorithm;
    private HMac mac;
    private byte[] macKey;

    BcHkdf(HashAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    @Override
    public HashAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public byte[] extract(byte[] salt, byte[] inputKeyingMaterial) {
        // RFC 5869 §2.2: if the salt is not provided, it is set to a string of HashLen zeros.
        byte[] key = salt.length == 0 ? new byte[algorithm.outputLength()] : salt;
        HMac mac = newMac(key);
        mac.update(inputKeyingMaterial, 0, inputKeyingMaterial.length);
        byte[] prk = new byte[mac.getMacSize()];
        mac.doFinal(prk, 0);
        return prk;
    }

    @Override
    public byte[] expand(byte[] pseudorandomKey, byte[] info, int length) {
        int hashLength = algorithm.outputLength();
        // RFC 5869 §2.3: L <= 255*HashLen.
        if (length < 0 || length > 255 * hashLength) {
            throw new IllegalArgumentException("HKDF-Expand length " + length + " out of range 0.." + 255 * hashLength);
        }
        HMac mac = newMac(pseudorandomKey);
        byte[] okm = new byte[length];
        byte[] t = new byte[hashLength];
        int produced = 0;
        // T(i) = HMAC-Hash(PRK, T(i-1) | info | i), T(0) empty.
        for (int i = 1; produced < length; i++) {
            if (i > 1) {
                mac.update(t, 0, hashLength);
            }
            mac.update(info, 0, info.length);
            mac.update((byte) i);
            mac.doFinal(t, 0);
            int take = Math.min(hashLength, length - produced);
            System.arraycopy(t, 0, okm, produced, take);
            produced += take;
        }
        Arrays.fill(t, (byte) 0);
        return okm;
    }

    /**
     * The instance's HMAC keyed with {@code key}. Re-keying one HMAC allocates no digests, and a
     * key used for the previous call is not even re-keyed (an HMAC returns to its keyed state
     * after each MAC): TLS 1.3 expands several secrets from each one in a row (RFC 8446 §7.1,
     * §7.3), and keying HMAC costs two compression-function calls.
     */
    private HMac newMac(byte[] key) {
        if (mac == null) {
            mac = new HMac(BcHash.newDigest(algorithm));
        } else if (macKey != null && MessageDigest.isEqual(macKey, key)) {
            return mac;
        }
        mac.init(new KeyParameter(key));
        if (macKey != null) {
            Arrays.fill(macKey, (byte) 0);
        }
        macKey = key.clone();
        return mac;
    }
}
