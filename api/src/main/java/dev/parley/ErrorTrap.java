package dev.parley;

import java.net.Socket;

/**
 * Receives the plain socket of a failed handshake instead of having it closed: IO::Socket::SSL's
 * {@code SSL_error_trap}, e.g. to answer a plain-HTTP client on an HTTPS port with a readable
 * error. The trap owns the socket afterwards; the failure is still thrown to the caller.
 */
@FunctionalInterface
public interface ErrorTrap {

    /**
     * @param plain the TCP socket the handshake ran on, open
     * @param error why the handshake failed
     */
    void trap(Socket plain, ParleyException error);
}
