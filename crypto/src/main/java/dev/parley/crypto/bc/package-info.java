/**
 * The {@link dev.parley.crypto.CryptoProvider} implemented over Bouncy Castle's lightweight API
 * ({@code bcprov}). This package is the only place in Parley that imports {@code org.bouncycastle}.
 *
 * <p>Elliptic-curve work uses Bouncy Castle's specialised curve implementations
 * ({@code CustomNamedCurves}) rather than the generic arithmetic, and X25519/X448/Ed25519/Ed448 use
 * its RFC 7748 and RFC 8032 classes directly.
 */
package dev.parley.crypto.bc;
