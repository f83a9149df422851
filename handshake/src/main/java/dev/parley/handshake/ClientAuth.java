package dev.parley.handshake;

/**
 * Whether a server asks for a client certificate (RFC 8446 §4.3.2), IO::Socket::SSL's
 * {@code SSL_verify_mode} on the server side.
 */
public enum ClientAuth {
    /** No CertificateRequest is sent (VERIFY_NONE, the server default). */
    NONE,
    /** A CertificateRequest is sent; a client without a certificate is still accepted (VERIFY_PEER). */
    OPTIONAL,
    /**
     * A CertificateRequest is sent and a client without a certificate is refused with
     * certificate_required (VERIFY_PEER | VERIFY_FAIL_IF_NO_PEER_CERT; RFC 8446 §4.4.2.4).
     */
    REQUIRED
}
