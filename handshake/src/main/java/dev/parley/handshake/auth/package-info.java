/**
 * Authentication pieces both handshake sides share: the content a CertificateVerify signs
 * (RFC 8446 §4.4.3), choosing a signature scheme for a key, verifying a peer's signature, and
 * reading the peer's certificate chain.
 */
package dev.parley.handshake.auth;
