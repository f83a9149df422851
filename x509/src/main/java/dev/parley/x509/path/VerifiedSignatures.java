package dev.parley.x509.path;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.SignatureAlgorithm;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signatures a {@link PathValidator} has verified, remembered across validations: a TLS client
 * validates the same server chain on every connection, and verifying a signature is by far the
 * dearest step of a validation (RFC 5280 §6.1.3 (a)(1)).
 *
 * <p>A signature verification is a pure function of the issuer's key, the algorithm and the
 * signed object's exact encoding (which holds the signature), so a remembered success is as good
 * as a new one. Only successes are kept; everything else about a link (the algorithm policy,
 * validity, names, constraints) is checked again by every validation. Bounded: the least recently
 * used entries go first. Safe for concurrent use.
 */
final class VerifiedSignatures {

    private record Link(Bytes issuerKey, SignatureAlgorithm algorithm, Bytes signed) {
    }

    private final Map<Link, Boolean> verified;

    /** A memory of at most {@code capacity} verified signatures. */
    VerifiedSignatures(int capacity) {
        this.verified = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Link, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Whether {@code issuerKey} was seen to sign {@code signed} with {@code algorithm}. */
    boolean contains(Bytes issuerKey, SignatureAlgorithm algorithm, Bytes signed) {
        synchronized (verified) {
            return verified.get(new Link(issuerKey, algorithm, signed)) != null;
        }
    }

    /** Remembers that {@code issuerKey} signed {@code signed} with {@code algorithm}. */
    void add(Bytes issuerKey, SignatureAlgorithm algorithm, Bytes signed) {
        synchronized (verified) {
            verified.put(new Link(issuerKey, algorithm, signed), Boolean.TRUE);
        }
    }
}
