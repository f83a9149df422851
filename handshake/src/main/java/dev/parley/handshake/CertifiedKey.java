package dev.parley.handshake;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.PrivateKey;
import dev.parley.x509.Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate chain (leaf first) with the private key of its leaf, and optionally a stapled OCSP
 * response for the leaf: what an endpoint authenticates itself with (RFC 8446 §4.4.2).
 *
 * <p>Security: not a record, so that {@code toString} cannot print the key. Whether the key
 * belongs to the leaf is checked where the pair is loaded ({@link dev.parley.x509.key.CertifiedKey});
 * the handshake trusts the pairing it is handed.
 */
public final class CertifiedKey {

    private final List<Certificate> chain;
    private final PrivateKey privateKey;
    private final Optional<Bytes> ocspResponse;

    public CertifiedKey(List<Certificate> chain, PrivateKey privateKey) {
        this(chain, privateKey, Optional.empty());
    }

    public CertifiedKey(List<Certificate> chain, PrivateKey privateKey, Optional<Bytes> ocspResponse) {
        this.chain = List.copyOf(chain);
        if (this.chain.isEmpty()) {
            throw new IllegalArgumentException("a certified key needs at least its leaf certificate");
        }
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.ocspResponse = Objects.requireNonNull(ocspResponse, "ocspResponse");
    }

    /** The chain and key the x509 module loaded (and checked to belong together). */
    public static CertifiedKey from(dev.parley.x509.key.CertifiedKey loaded) {
        return new CertifiedKey(loaded.chain(), loaded.privateKey());
    }

    /** The chain, leaf first, as it is sent in the Certificate message. */
    public List<Certificate> chain() {
        return chain;
    }

    /** The leaf certificate. */
    public Certificate leaf() {
        return chain.get(0);
    }

    /** The leaf's private key. */
    public PrivateKey privateKey() {
        return privateKey;
    }

    /** A DER OCSPResponse for the leaf, sent when the client asks for status (RFC 8446 §4.4.2.1). */
    public Optional<Bytes> ocspResponse() {
        return ocspResponse;
    }

    @Override
    public String toString() {
        return "CertifiedKey[" + leaf().subject() + ", " + privateKey.type() + " key]";
    }
}
