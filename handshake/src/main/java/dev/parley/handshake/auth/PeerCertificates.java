package dev.parley.handshake.auth;

import dev.parley.handshake.CertificateCache;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.message.CertificateEntry;
import dev.parley.record.TlsException;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the certificate_list of a peer's Certificate message (RFC 8446 §4.4.2) into parsed
 * certificates, leaf first. A certificate that does not parse is bad_certificate; a leaf whose key
 * Parley cannot use is unsupported_certificate (RFC 8446 §6.2).
 */
public final class PeerCertificates {

    /** RFC 8446 §4.4.2 puts no bound on the chain; we accept what a sane path builder could use. */
    public static final int MAX_CHAIN_LENGTH = 16;

    private PeerCertificates() {
    }

    /**
     * The parsed chain; {@code entries} must not be empty (the caller decides what empty means).
     * Certificates come from {@code cache} when it parsed the same bytes before.
     */
    public static List<Certificate> parse(List<CertificateEntry> entries, CertificateCache cache) throws TlsException {
        if (entries.size() > MAX_CHAIN_LENGTH) {
            throw new TlsException(HandshakeFailure.CERTIFICATE_CHAIN_TOO_LONG,
                    "the peer sent " + entries.size() + " certificates; at most " + MAX_CHAIN_LENGTH + " are read");
        }
        List<Certificate> chain = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            try {
                chain.add(cache.parse(entries.get(i).certData()));
            } catch (X509Exception e) {
                throw new TlsException(HandshakeFailure.MALFORMED_PEER_CERTIFICATE,
                        "certificate " + i + " of the peer's chain does not parse: " + e.getMessage(), e);
            }
        }
        Certificate leaf = chain.get(0);
        if (leaf.publicKey().isEmpty()) {
            throw new TlsException(HandshakeFailure.UNSUPPORTED_PEER_KEY,
                    "the peer's certificate " + leaf.subject() + " has a key Parley cannot use: "
                            + leaf.subjectPublicKeyInfo().unsupportedReason().orElse("unknown algorithm"));
        }
        return List.copyOf(chain);
    }
}
