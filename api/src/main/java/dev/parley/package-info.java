/**
 * Parley's public face, after Perl's IO::Socket::SSL: {@link dev.parley.TlsConfig} (secure
 * defaults, every option named after the {@code SSL_*} argument it replaces),
 * {@link dev.parley.TlsSocket} and {@link dev.parley.TlsServerSocket} (blocking sockets,
 * STARTTLS and back), {@link dev.parley.TlsChannel} (non-blocking), and
 * {@link dev.parley.ParleyException} (errors that say what happened and what to do).
 *
 * <p>Everything here adapts the sans-IO {@code dev.parley.handshake.engine.TlsEngine} to Java's
 * I/O; no protocol logic lives in this package. {@code EngineSetup} is the one place where a
 * config becomes the engine's configuration.
 */
package dev.parley;
