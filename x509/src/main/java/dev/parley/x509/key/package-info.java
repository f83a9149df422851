/**
 * Keys: the SubjectPublicKeyInfo of certificates (RFC 5280 §4.1.2.7) decoded into crypto's public
 * key types, unencrypted private key structures (PKCS #8 / RFC 5958, PKCS #1 / RFC 8017, SEC 1 /
 * RFC 5915, RFC 8410 for EdDSA) decoded into its private key types, and password-encrypted keys.
 *
 * <p>Encrypted keys: {@link dev.parley.x509.key.EncryptedPrivateKeyInfo} (RFC 5958 §3) decrypts
 * with the schemes of {@link dev.parley.x509.key.PasswordBasedEncryption}: PBES2 (RFC 8018 §6.2)
 * over {@link dev.parley.x509.key.Pbkdf2} with AES-CBC or Triple DES, and PKCS #12's own schemes
 * (RFC 7292 Appendix C) over {@link dev.parley.x509.key.Pkcs12Kdf}. Passwords come from a
 * {@link dev.parley.x509.key.PasswordCallback}; every file's key derivations are bounded by an
 * {@link dev.parley.x509.key.IterationBudget}. {@link dev.parley.x509.key.CertifiedKey} pairs a
 * certificate chain with its private key and refuses a key that does not belong to it.
 */
package dev.parley.x509.key;
