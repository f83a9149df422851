/**
 * The TLS record layer (RFC 8446 §5, RFC 5246 §6): content types, record framing, AEAD record
 * protection for TLS 1.3 and the AEAD suites of TLS 1.2, and alerts (RFC 8446 §6).
 *
 * <p>This package moves opaque bytes of a content type and protects them with keys it is handed;
 * it never names a handshake message. Failures are {@link dev.parley.record.TlsException}s whose
 * {@link dev.parley.record.FailureReason} says which alert they earn; the engine sends that alert.
 */
package dev.parley.record;
