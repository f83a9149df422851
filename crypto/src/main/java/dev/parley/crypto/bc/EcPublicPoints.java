package dev.parley.crypto.bc;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.EcPublicKey;
import dev.parley.crypto.NamedCurve;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The decoded, validated points of the EC public keys a provider verified signatures with
 * recently, so that a key met again (a trust anchor's, a server's leaf key on every connection to
 * that server) is decoded and checked once, not per handshake.
 *
 * <p>Keeping the point object matters more than the decoding saved: Bouncy Castle hangs a point's
 * multiplication tables on the object, and once a point has been used a few times it is
 * "promoted" to a fixed-base comb, which makes an ECDSA verification with it about twice as fast.
 * A fresh point per verification never gets there.
 *
 * <p>Entries are keyed by the exact encoding and curve, and only points that passed the SEC 1
 * §3.2.2.1 checks are kept, so a hit is exactly as trustworthy as a fresh decoding. The cache holds
 * public data only and is bounded (least recently used entries go first). Bouncy Castle
 * synchronises its per-point tables, so one point may serve several threads at once.
 */
final class EcPublicPoints {

    private record Key(NamedCurve curve, Bytes encoded) {
    }

    private final Map<Key, ECPoint> points;

    /** A cache of at most {@code capacity} points. */
    EcPublicPoints(int capacity) {
        this.points = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, ECPoint> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The point of {@code key}, decoded and validated the first time it is asked for.
     *
     * @throws CryptoException with {@link CryptoException.Kind#INVALID_KEY} if it is not a valid
     *         uncompressed point of its curve
     */
    ECPoint decode(EcPublicKey key) throws CryptoException {
        Key cacheKey = new Key(key.curve(), key.point());
        synchronized (points) {
            ECPoint known = points.get(cacheKey);
            if (known != null) {
                return known;
            }
        }
        ECPoint decoded = EcCurves.decodeUncompressed(key.curve(), key.point().toByteArray(),
                CryptoException.Kind.INVALID_KEY);
        synchronized (points) {
            points.putIfAbsent(cacheKey, decoded);
            return points.get(cacheKey);
        }
    }
}
