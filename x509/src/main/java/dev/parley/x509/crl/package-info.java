/**
 * Certificate revocation lists (RFC 5280 §5): {@link dev.parley.x509.crl.CertificateList} parses
 * a CRL strictly from DER or reads every CRL of a PEM file (the manual's SSL_crl_file), and
 * answers whether a serial number is revoked and whether the CRL is current.
 *
 * <p>Deciding whether a CRL may be used for a certificate (the issuer's signature and cRLSign
 * usage, freshness, the mandatory CRL number, critical extensions, scope) is part of path
 * validation, in {@code dev.parley.x509.path}, when the validation parameters ask for revocation
 * checking (the manual's SSL_check_crl). Delta CRLs and indirect CRLs are recognised and refused
 * as complete CRLs: Parley does not combine them.
 */
package dev.parley.x509.crl;
