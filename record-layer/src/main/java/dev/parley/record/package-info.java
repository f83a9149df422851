/**
 * The TLS record layer (RFC 8446 §5, RFC 5246 §6): content types, record framing, AEAD record
 * protection for TLS 1.3 and the AEAD suites of TLS 1.2, and alerts (RFC 8446 §6).
 *
 * <p>This package moves opaque bytes of a content type and protects them with keys it is handed;
 * it never names a handshake message. Failures are {@link dev.parley.record.TlsException}s whose
 * {@link dev.parley.record.FailureReason} says which alert they earn; the engine sends that alert.
 *
 * <p>How the pieces fit:
 * <pre>
 * network bytes ─▶ RecordReader ──(RecordDeframer: one bounded buffer)──▶ header checks
 *                      │  RecordProtection.open, in place (plaintext / TLS 1.3 / TLS 1.2 GCM / ChaCha)
 *                      ▼
 *                  ReceivedRecord (type, content view) ─▶ engine
 *
 * engine ─▶ RecordWriter ── fragment (2^14, record_size_limit) ── pad (PaddingPolicy, TLS 1.3)
 *                      │  RecordProtection.seal, in place in the caller's output array
 *                      ▼
 *                  network bytes
 * </pre>
 *
 * <p>Keys change by installing a new {@link dev.parley.record.RecordProtection} into the reader or
 * writer, which starts its sequence number at zero; {@link dev.parley.record.AlertRules} holds the
 * closure and error rules of the alert protocol.
 */
package dev.parley.record;
