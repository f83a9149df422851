package dev.parley.handshake;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The certificates peers sent to the engines of one {@link EngineConfig}, parsed once: a client
 * reconnecting to a server receives the same chain every time, and parsing it (and the lazily
 * computed parts of a parsed certificate, such as its names' comparison keys) is a noticeable
 * share of a handshake.
 *
 * <p>A parsed {@link Certificate} is immutable and a function of its DER bytes alone, so handing
 * out the same object for the same bytes changes nothing but the cost. Only certificates that
 * parsed are kept, at most {@link #CAPACITY} of them and none longer than {@link #MAX_DER_LENGTH}
 * bytes, least recently used first out, so a peer sending junk costs memory bounded in advance.
 * Safe for concurrent use.
 */
public final class CertificateCache {

    /** How many certificates are kept. */
    public static final int CAPACITY = 64;

    /** Longer certificates are parsed every time: memory for the cache stays under a megabyte. */
    public static final int MAX_DER_LENGTH = 16 * 1024;

    private final Map<Bytes, Certificate> parsed = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Bytes, Certificate> eldest) {
            return size() > CAPACITY;
        }
    };

    CertificateCache() {
    }

    /**
     * The certificate encoded by {@code der}, parsed now or the last time these bytes came.
     *
     * @throws X509Exception if it does not parse (a failure is not remembered)
     */
    public Certificate parse(Bytes der) throws X509Exception {
        if (der.length() > MAX_DER_LENGTH) {
            return Certificate.parse(der);
        }
        synchronized (parsed) {
            Certificate known = parsed.get(der);
            if (known != null) {
                return known;
            }
        }
        Certificate certificate = Certificate.parse(der);
        synchronized (parsed) {
            parsed.put(der, certificate);
        }
        return certificate;
    }
}
