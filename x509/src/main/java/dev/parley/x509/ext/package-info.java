/**
 * Certificate extensions (RFC 5280 §4.2): the raw {@link dev.parley.x509.ext.Extension} and the
 * typed values of basicConstraints, keyUsage, extKeyUsage, subjectAltName, issuerAltName,
 * nameConstraints, authority and subject key identifiers, authorityInfoAccess,
 * cRLDistributionPoints, certificatePolicies, policyMappings, policyConstraints,
 * inhibitAnyPolicy, the TLS Feature (RFC 7633) and the embedded SCT list (RFC 6962, kept raw).
 *
 * <p>Decoders check the syntax and the rules RFC 5280 states as part of it (SIZE (1..MAX), fields
 * that must come together, DEFAULT values not encoded). Rules about where an extension may appear
 * or whether it must be critical are the path validator's.
 */
package dev.parley.x509.ext;
