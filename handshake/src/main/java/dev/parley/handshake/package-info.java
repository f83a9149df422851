/**
 * The TLS handshake (RFC 8446 §4, RFC 5246 §7): messages and extensions with their codecs, the
 * transcript, the key schedule, the client and server state machines, and the sans-IO
 * {@code TlsEngine} that wires them to the record layer.
 *
 * <p>Nothing here touches a socket, a thread, a clock or randomness it was not handed.
 */
package dev.parley.handshake;
