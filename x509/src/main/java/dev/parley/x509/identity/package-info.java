/**
 * Peer identity, once the chain is trusted: hostname verification under IO::Socket::SSL's
 * schemes (RFC 6125, RFC 2818), the Public Suffix List that keeps wildcards off public
 * suffixes, IP literals, and certificate fingerprint pinning.
 *
 * <p>Everything here works on certificate-independent values: {@link
 * dev.parley.x509.identity.PresentedIdentity} (common name and subjectAltName entries), DER
 * bytes for fingerprints. The certificate types of {@code dev.parley.x509} adapt to these.
 *
 * <ul>
 *   <li>{@link dev.parley.x509.identity.HostnameVerifier} — the check, and its explanation
 *       ({@link dev.parley.x509.identity.HostnameCheck});</li>
 *   <li>{@link dev.parley.x509.identity.HostnameScheme} — the predefined schemes, custom knobs,
 *       callbacks;</li>
 *   <li>{@link dev.parley.x509.identity.PublicSuffixList} — the list, its format and lookups;</li>
 *   <li>{@link dev.parley.x509.identity.IpLiteral} — IPv4/IPv6 text without DNS;</li>
 *   <li>{@link dev.parley.x509.identity.Fingerprint} and
 *       {@link dev.parley.x509.identity.FingerprintPins} — {@code algo$hex} and
 *       {@code algo$pub$hex} pins.</li>
 * </ul>
 */
package dev.parley.x509.identity;
