/**
 * The cryptographic primitives Parley stands on, named by algorithm rather than by TLS code point.
 *
 * <p>{@link dev.parley.crypto.CryptoProvider} is the whole surface: randomness, hashes, HMAC,
 * HKDF-Extract/Expand (RFC 5869), AEADs, key agreement and signatures. The TLS constructions built
 * on top of them (HKDF-Expand-Label, the TLS 1.2 PRF, Finished, record nonces) live in the modules
 * that implement those RFCs, where a reader can study them.
 *
 * <p>Only this module imports Bouncy Castle, and only in {@code dev.parley.crypto.bc}. Keys are
 * Parley's own small types ({@link dev.parley.crypto.PublicKey}, {@link dev.parley.crypto.PrivateKey});
 * the x509 module produces them from DER.
 */
package dev.parley.crypto;
