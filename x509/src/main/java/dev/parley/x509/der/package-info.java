/**
 * Strict DER (ITU-T X.690 with the restrictions of §10 and §11): the subset of ASN.1 encoding that
 * X.509 signs over, where every value has exactly one encoding.
 *
 * <p>{@link dev.parley.x509.der.DerReader} is a bounded cursor with sub-readers for constructed
 * types; {@link dev.parley.x509.der.DerWriter} builds encodings through nested callbacks. What the
 * reader enforces, each with its own {@link dev.parley.x509.X509Failure}:
 * <ul>
 *   <li>tags in the shortest form; definite lengths in the fewest octets, at most 4 of them;
 *       every length within the octets that remain; nothing after the last element of a structure
 *       that must end ({@code expectEnd});</li>
 *   <li>at most {@link dev.parley.x509.der.DerReader#MAX_DEPTH} levels of nesting and a bound on
 *       the size of a whole input;</li>
 *   <li>primitive encodings of strings, INTEGER, OID, BOOLEAN, NULL and times (a constructed,
 *       BER-style string fails as an unexpected tag);</li>
 *   <li>INTEGERs without redundant leading octets; BOOLEAN as 00 or FF; NULL empty; BIT STRING with
 *       at most 7 unused bits, all zero; OID subidentifiers without 0x80 padding;</li>
 *   <li>UTCTime and GeneralizedTime only as {@code YYMMDDHHMMSSZ} and {@code YYYYMMDDHHMMSSZ}
 *       (RFC 5280 §4.1.2.5), real dates only;</li>
 *   <li>each string type's alphabet ({@link dev.parley.x509.der.DerStrings});</li>
 *   <li>SET OF in ascending order where a decoder reads with {@code setOf}: the RelativeDistinguishedNames
 *       of names and of nameRelativeToCRLIssuer. Other SET OFs (PKCS #8 attributes) are skipped unread.</li>
 * </ul>
 * Rules that belong to a particular structure (DEFAULT values not encoded, SIZE (1..MAX)) are
 * enforced by that structure's decoder.
 *
 * <p>The module's failure type {@link dev.parley.x509.X509Exception} lives in the root package,
 * which every package of the module shares.
 */
package dev.parley.x509.der;
