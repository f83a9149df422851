package dev.parley.handshake;

import dev.parley.crypto.Bytes;
import dev.parley.record.TlsException;
import dev.parley.x509.Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether the peer's certificate chain identifies the peer the endpoint wants to talk to:
 * path validation to a trust anchor, the hostname (for a client), pinned fingerprints, revocation.
 *
 * <p>The handshake has already checked that the peer holds the leaf's private key (its
 * CertificateVerify); a verifier judges the chain only. A refusal is a {@link TlsException} whose
 * reason carries the alert RFC 8446 §6.2 assigns (bad_certificate, unknown_ca,
 * certificate_expired, certificate_revoked, unsupported_certificate, ...).
 */
@FunctionalInterface
public interface PeerVerifier {

    /**
     * What the verifier is told about the connection.
     *
     * @param peerIsServer whether the chain is a server's (a client verifies it) or a client's
     * @param expectedName the name the client wanted to reach, for a server's chain
     * @param ocspResponse the OCSP response the server stapled for its leaf, if any
     * @param now the engine's clock reading: the time the chain must be valid at
     */
    record Context(boolean peerIsServer, Optional<String> expectedName, Optional<Bytes> ocspResponse, Instant now) {
    }

    /**
     * Accepts or refuses {@code chain} (leaf first, as the peer sent it; never empty).
     *
     * @throws TlsException when the chain must not be trusted
     */
    void verify(List<Certificate> chain, Context context) throws TlsException;

    /**
     * A verifier that accepts every chain. Security: with it, anyone can impersonate the peer;
     * it exists for tests and for users who explicitly disable verification.
     */
    static PeerVerifier insecureAcceptAnything() {
        return (chain, context) -> { };
    }
}
