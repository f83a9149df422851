/**
 * PKCS #12 files (RFC 7292), the {@code .p12}/{@code .pfx} files {@code openssl pkcs12 -export}
 * writes: {@link dev.parley.x509.pkcs12.Pkcs12} reads the certificates and keys of a file in
 * password integrity and privacy mode, its MAC ({@link dev.parley.x509.pkcs12.MacData}) verified
 * before anything else in the file is decoded. The encryption schemes and key derivations live in
 * {@code dev.parley.x509.key}. Most callers read PKCS #12 through {@code dev.parley.x509.pem.KeyFile},
 * which tells it from PEM and DER by content.
 */
package dev.parley.x509.pkcs12;
