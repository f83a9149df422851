/**
 * Algorithm identifiers (RFC 5280 §4.1.1.2) and their mapping onto the crypto module's
 * algorithms: signature algorithms (RFC 8017, RFC 4055, RFC 5758, RFC 8410) and hashes
 * (RFC 3279, RFC 5758). Identifiers Parley does not implement map to an empty result, never to a
 * failure, so that what cannot be verified can still be parsed and reported.
 */
package dev.parley.x509.algorithm;
