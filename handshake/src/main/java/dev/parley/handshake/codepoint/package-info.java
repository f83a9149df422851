/**
 * TLS code points as value records with named constants and IANA names: {@code HandshakeType},
 * {@code ExtensionType}, {@code CipherSuite}, {@code NamedGroup}, {@code SignatureScheme},
 * {@code PskKeyExchangeMode}, {@code CertificateStatusType}, {@code KeyUpdateRequest}, and the
 * {@code Grease} values of RFC 8701.
 *
 * <p>They are records, never enums, so that unknown and GREASE values decode, round-trip and print.
 * {@code CipherSuite}, {@code NamedGroup} and {@code SignatureScheme} are also the one place where
 * TLS code points are mapped onto the crypto module's algorithms.
 */
package dev.parley.handshake.codepoint;
