/**
 * The {@link dev.parley.crypto.CryptoProvider} implemented over Bouncy Castle's lightweight API
 * ({@code bcprov}). This package is the only place in Parley that imports {@code org.bouncycastle}.
 *
 * <p>{@link dev.parley.crypto.bc.BouncyCastleCryptoProvider} is the only public type; it hands each
 * request to a small package-private class: {@code BcHash}, {@code BcHmac}, {@code BcHkdf} and
 * {@code BcAead} for the symmetric primitives; {@code XdhKeyAgreement}, {@code EcdhKeyAgreement} and
 * {@code FfdheKeyAgreement} for key shares; {@code BcSignatures} choosing among the ECDSA, RSA
 * PKCS #1 v1.5, RSA-PSS and EdDSA signers and verifiers; {@code BcKeys} and {@code RsaKeys} for key
 * generation and checks; {@code BcCbcCipher} for encrypted key files.
 *
 * <p>Elliptic-curve work uses Bouncy Castle's specialised curve implementations
 * ({@code CustomNamedCurves}, held once in {@code EcCurves}) rather than the generic arithmetic, and
 * X25519/X448/Ed25519/Ed448 use its RFC 7748 and RFC 8032 classes directly. Every random value
 * that shapes a result (keys, key shares, PSS salts, RSA blinding) comes from the provider's
 * {@link dev.parley.crypto.RandomSource}; only the witnesses of probabilistic primality tests
 * (Bouncy Castle's RSA modulus checks, the JDK's {@code isProbablePrime}) come from elsewhere.
 */
package dev.parley.crypto.bc;
