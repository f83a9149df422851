/**
 * Making certificates: {@link dev.parley.x509.builder.CertificateBuilder} issues root CAs,
 * intermediates and leaves with the extensions TLS needs, signed with RSA, ECDSA or EdDSA;
 * {@link dev.parley.x509.builder.NameParser} reads names in RFC 4514's string form;
 * {@link dev.parley.x509.builder.KeySpec} makes keys; {@link dev.parley.x509.builder.PemFiles}
 * writes certificates and keys as PEM. Used by tests, the {@code parley cert} and
 * {@code parley demo} commands and the intercepting proxy.
 */
package dev.parley.x509.builder;
