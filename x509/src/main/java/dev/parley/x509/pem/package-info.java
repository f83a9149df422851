/**
 * Files: the PEM text encoding of RFC 7468 ({@link dev.parley.x509.pem.Pem}) and
 * {@link dev.parley.x509.pem.KeyFile}, which reads whatever a certificate or key file holds,
 * PEM or DER, telling them apart by content.
 */
package dev.parley.x509.pem;
