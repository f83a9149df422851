package dev.parley;

import java.util.Optional;

/**
 * The program's say on each certificate of the peer's chain: IO::Socket::SSL's
 * {@code SSL_verify_callback}. It is called for every certificate the peer sent, from the top of
 * the chain down to the leaf (depth 0), with Parley's own verdict, and its answer replaces that
 * verdict: returning true accepts a certificate Parley refused, returning false refuses one
 * Parley accepted. The host name is checked after the chain, whatever the callback says.
 */
@FunctionalInterface
public interface VerifyCallback {

    /**
     * @param ok Parley's verdict on this certificate
     * @param depth its position in the chain the peer sent: 0 for the leaf
     * @param certificate the certificate
     * @param error why Parley refused it, when {@code ok} is false
     * @return whether to accept it
     */
    boolean verify(boolean ok, int depth, CertificateDetails certificate, Optional<String> error);
}
