/**
 * Certification path building and validation (RFC 5280 §6) for TLS peers:
 * {@link dev.parley.x509.path.PathValidator} builds a path from the end-entity certificate through
 * untrusted intermediates to a {@link dev.parley.x509.trust.TrustStore} anchor, backtracking over
 * alternative issuers, and checks every link under
 * {@link dev.parley.x509.path.ValidationParameters} (time, purpose, depth, work budgets, algorithm
 * policy, CRLs). A refusal is a {@link dev.parley.x509.path.PathValidationException} naming a
 * {@link dev.parley.x509.path.PathFailure}, the certificate concerned, and the
 * {@link dev.parley.x509.path.SuggestedAlert} the handshake should send.
 *
 * <p>Certificate policy processing is not implemented (see {@code PathValidator}); neither is
 * hostname verification, which belongs to {@code dev.parley.x509.identity}.
 */
package dev.parley.x509.path;
