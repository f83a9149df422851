/**
 * X.509 for Parley: certificates parsed strictly from DER (RFC 5280), with the module's failure
 * type shared by every package below.
 *
 * <p>Entry points: {@link dev.parley.x509.Certificate#parse(byte[])} for one DER certificate,
 * {@link dev.parley.x509.pem.Pem#certificates(java.nio.file.Path)} for a PEM bundle and
 * {@link dev.parley.x509.pem.KeyFile#read(java.nio.file.Path)} for any certificate or key file.
 * Every parser throws only {@link dev.parley.x509.X509Exception}, whose
 * {@link dev.parley.x509.X509Failure} says what was wrong; this module knows nothing of TLS, and
 * the handshake maps those reasons onto alerts.
 *
 * <p>Packages: {@code der} (strict DER), {@code name} (distinguished and general names),
 * {@code algorithm} (algorithm identifiers), {@code key} (public and private keys), {@code ext}
 * (extensions) and {@code pem} (files).
 */
package dev.parley.x509;
