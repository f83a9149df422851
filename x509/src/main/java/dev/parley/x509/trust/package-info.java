/**
 * Trust stores: the CA certificates a validation trusts as anchors.
 * {@link dev.parley.x509.trust.TrustStore} holds them, indexed by subject and key identifier,
 * and loads them from a PEM bundle (SSL_ca_file), a directory of hash links or PEM files
 * (SSL_ca_path), an in-memory list (SSL_ca), or the system's default locations
 * ({@link dev.parley.x509.trust.DefaultTrustLocations}, after the manual's default_ca). Only CA
 * certificates act as anchors.
 */
package dev.parley.x509.trust;
