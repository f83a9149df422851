/**
 * Names in certificates: distinguished names ({@link dev.parley.x509.name.Name}, RFC 5280
 * §4.1.2.4) with their RFC 4514 string form and RFC 5280 §7.1 comparison, and the
 * {@link dev.parley.x509.name.GeneralName} choice of subjectAltName and name constraints
 * (RFC 5280 §4.2.1.6).
 *
 * <p>The comparison prepares strings with the subset of RFC 4518 described in
 * {@code StringPrep}: case folding, space folding, NFKC, removal of ignorable characters.
 */
package dev.parley.x509.name;
