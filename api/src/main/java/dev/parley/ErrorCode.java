package dev.parley;

/**
 * What kind of failure a {@link ParleyException} reports: Parley's counterpart of
 * IO::Socket::SSL's {@code $SSL_ERROR}, whose number is one of OpenSSL's {@code SSL_ERROR_*}
 * values. Each code keeps that number ({@link #sslError()}) so code ported from Perl or C can
 * still branch on it, and adds the distinction a Java caller actually wants.
 */
public enum ErrorCode {

    /** The peer's certificate was not accepted: chain, validity, key usage or pin (SSL_ERROR_SSL). */
    CERTIFICATE_VERIFY_FAILED(1),
    /** The certificate is fine but names another host (SSL_ERROR_SSL). */
    HOSTNAME_MISMATCH(1),
    /** The peer wanted a certificate from us and we have none, or refused ours (SSL_ERROR_SSL). */
    CLIENT_CERTIFICATE_REJECTED(1),
    /** Nothing in common: versions, cipher suites, groups, signature schemes or ALPN (SSL_ERROR_SSL). */
    NO_COMMON_PARAMETERS(1),
    /** The peer sent an error alert that says nothing more specific (SSL_ERROR_SSL). */
    PEER_ALERT(1),
    /** The peer broke the protocol, or what arrived is not TLS at all (SSL_ERROR_SSL). */
    PROTOCOL_ERROR(1),
    /** The connection ended without close_notify: the data may be cut short (SSL_ERROR_SYSCALL). */
    TRUNCATED(5),
    /** The connection is closed; nothing more can be read or written (SSL_ERROR_ZERO_RETURN). */
    CLOSED(6),
    /** Non-blocking only: the operation needs the socket to become readable (SSL_ERROR_WANT_READ). */
    WANT_READ(2),
    /** Non-blocking only: the operation needs the socket to become writable (SSL_ERROR_WANT_WRITE). */
    WANT_WRITE(3),
    /** The configuration cannot be used: a file, key, certificate or option is wrong (SSL_ERROR_SSL). */
    CONFIGURATION(1),
    /** A fault inside Parley, not caused by the peer (SSL_ERROR_SSL). */
    INTERNAL(1);

    private final int sslError;

    ErrorCode(int sslError) {
        this.sslError = sslError;
    }

    /** The OpenSSL {@code SSL_ERROR_*} number IO::Socket::SSL would report. */
    public int sslError() {
        return sslError;
    }
}
