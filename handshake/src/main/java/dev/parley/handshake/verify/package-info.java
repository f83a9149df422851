/**
 * The {@link dev.parley.handshake.PeerVerifier} built on the x509 module: RFC 5280 path validation
 * to a trust store, the hostname check under an IO::Socket::SSL scheme, fingerprint pins, and the
 * one place where x509's failure reasons become TLS alerts.
 */
package dev.parley.handshake.verify;
