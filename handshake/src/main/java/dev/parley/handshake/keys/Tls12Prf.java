package dev.parley.handshake.keys;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.Hmac;
import dev.parley.record.TlsException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The TLS 1.2 pseudorandom function (RFC 5246 §5):
 *
 * <pre>
 * PRF(secret, label, seed) = P_hash(secret, label + seed)
 *
 * P_hash(secret, seed) = HMAC_hash(secret, A(1) + seed) +
 *                        HMAC_hash(secret, A(2) + seed) + ...
 * A(0) = seed
 * A(i) = HMAC_hash(secret, A(i-1))
 * </pre>
 *
 * <p>Over SHA-256 for every suite of RFC 5246 and SHA-384 for the suites that name it (the
 * *_SHA384 AES-256-GCM suites, RFC 5289 §3); no other hash is accepted.
 */
public final class Tls12Prf {

    private final CryptoProvider crypto;
    private final HashAlgorithm hash;

    private Tls12Prf(CryptoProvider crypto, HashAlgorithm hash) {
        this.crypto = crypto;
        this.hash = hash;
    }

    /**
     * The PRF over {@code hash}.
     *
     * @throws TlsException {@link KeyScheduleFailure#INPUT_OUT_OF_RANGE} unless the hash is
     *         SHA-256 or SHA-384
     */
    public static Tls12Prf of(CryptoProvider crypto, HashAlgorithm hash) throws TlsException {
        Objects.requireNonNull(crypto, "crypto");
        // RFC 5246 §5 (SHA-256) and RFC 5289 §3 (SHA-384) are the PRF hashes TLS 1.2 suites use.
        if (hash != HashAlgorithm.SHA256 && hash != HashAlgorithm.SHA384) {
            throw new TlsException(KeyScheduleFailure.INPUT_OUT_OF_RANGE, "no TLS 1.2 PRF uses " + hash);
        }
        return new Tls12Prf(crypto, hash);
    }

    /** The hash of this PRF, which is also the hash of the handshake transcript. */
    public HashAlgorithm hash() {
        return hash;
    }

    /**
     * PRF(secret, label, seed), {@code length} bytes. The result belongs to the caller.
     *
     * @param label an ASCII label, used without a length byte or a trailing NUL (RFC 5246 §5)
     * @throws TlsException {@link KeyScheduleFailure#INPUT_OUT_OF_RANGE} for a negative length;
     *         {@link KeyScheduleFailure#SECRET_DESTROYED} if the secret was destroyed
     */
    public byte[] compute(Secret secret, String label, Bytes seed, int length) throws TlsException {
        if (length < 0) {
            throw new TlsException(KeyScheduleFailure.INPUT_OUT_OF_RANGE, "PRF output length " + length);
        }
        // RFC 5246 §5: PRF(secret, label, seed) = P_<hash>(secret, label + seed).
        byte[] labelAndSeed = Bytes.wrap(label.getBytes(StandardCharsets.US_ASCII)).concat(seed).toByteArray();
        return pHash(secret.bytes(), labelAndSeed, length);
    }

    private byte[] pHash(byte[] secret, byte[] seed, int length) {
        Hmac hmac = crypto.hmac(hash, secret);
        byte[] out = new byte[length];
        byte[] a = seed;
        int produced = 0;
        while (produced < length) {
            // RFC 5246 §5: A(i) = HMAC_hash(secret, A(i-1)), A(0) = seed.
            hmac.update(a);
            a = hmac.doFinal();
            // RFC 5246 §5: the output block is HMAC_hash(secret, A(i) + seed).
            hmac.update(a);
            hmac.update(seed);
            byte[] block = hmac.doFinal();
            int take = Math.min(block.length, length - produced);
            System.arraycopy(block, 0, out, produced, take);
            produced += take;
            Arrays.fill(block, (byte) 0);
        }
        return out;
    }

    @Override
    public String toString() {
        return "Tls12Prf(P_" + hash.standardName().replace("-", "") + ")";
    }
}
