/**
 * Keys: the SubjectPublicKeyInfo of certificates (RFC 5280 §4.1.2.7) decoded into crypto's public
 * key types, and unencrypted private key structures (PKCS #8 / RFC 5958, PKCS #1 / RFC 8017,
 * SEC 1 / RFC 5915, RFC 8410 for EdDSA) decoded into its private key types. Encrypted PKCS #8 is
 * recognised and kept opaque ({@link dev.parley.x509.key.EncryptedPrivateKeyInfo}).
 */
package dev.parley.x509.key;
