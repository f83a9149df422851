package dev.parley.x509.path;

import dev.parley.x509.Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A certification path that validated: the end-entity certificate first, then each issuer, and
 * last the trust anchor (RFC 5280 §6.1 numbers it the other way round, anchor first).
 *
 * @param certificates the path, leaf to anchor; at least two certificates
 */
public record ValidatedPath(List<Certificate> certificates) {

    public ValidatedPath {
        certificates = List.copyOf(Objects.requireNonNull(certificates, "certificates"));
        if (certificates.size() < 2) {
            throw new IllegalArgumentException("a path holds a leaf and an anchor at least");
        }
    }

    /** The end-entity certificate. */
    public Certificate leaf() {
        return certificates.get(0);
    }

    /** The trust anchor the path ends in. */
    public Certificate anchor() {
        return certificates.get(certificates.size() - 1);
    }

    /** The certificates between leaf and anchor, leaf side first. */
    public List<Certificate> intermediates() {
        return certificates.subList(1, certificates.size() - 1);
    }

    @Override
    public String toString() {
        return "ValidatedPath" + certificates.stream().map(c -> c.subject().toString()).toList();
    }
}
