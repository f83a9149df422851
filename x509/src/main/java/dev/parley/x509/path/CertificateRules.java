package dev.parley.x509.path;

import dev.parley.crypto.PublicKey;
import dev.parley.crypto.RsaPublicKey;
import dev.parley.x509.Certificate;
import dev.parley.x509.CertificateVersion;
import dev.parley.x509.Oids;
import dev.parley.x509.ext.AuthorityKeyIdentifier;
import dev.parley.x509.ext.BasicConstraints;
import dev.parley.x509.ext.Extension;
import dev.parley.x509.ext.Extensions;
import dev.parley.x509.ext.KeyUsage;
import java.util.List;
import java.util.Optional;

/**
 * The rules every certificate of a path must follow, whatever its role: those of RFC 5280 §4 a
 * certificate user can check on one certificate alone, and the key requirements of the
 * CA/Browser Forum baseline requirements. {@link CaRules} and {@link EndEntityRules} add the
 * rules of each role.
 */
final class CertificateRules {

    /** RFC 5280 §4.1.2.2: serial numbers are at most 20 octets long. */
    private static final int MAX_SERIAL_OCTETS = 20;

    private CertificateRules() {
    }

    static void check(Certificate certificate, Role role, ValidationParameters parameters) throws PathValidationException {
        // CA/Browser Forum §7.1.1 and RFC 5280 §4.1.2.1: the web PKI issues version 3 only, and only
        // version 3 carries the extensions that say what a certificate may do.
        if (certificate.version() != CertificateVersion.V3) {
            throw Reject.because(PathFailure.PROFILE_VIOLATION, certificate, "is an X.509 " + certificate.version()
                    + " certificate; only version 3 certificates can say what they may be used for");
        }
        List<Extension> unknown = certificate.extensions().unrecognizedCritical();
        // RFC 5280 §4.2: a critical extension that is not recognised makes the certificate unusable.
        if (!unknown.isEmpty()) {
            throw Reject.because(PathFailure.UNSUPPORTED_CRITICAL_EXTENSION, certificate,
                    "has the critical extension " + unknown.get(0).id() + ", which Parley does not process");
        }
        // RFC 5280 §4.1.2.4: the issuer field MUST contain a non-empty distinguished name.
        if (certificate.issuer().isEmpty()) {
            throw Reject.because(PathFailure.PROFILE_VIOLATION, certificate, "has an empty issuer name");
        }
        criticality(certificate);
        authorityKeyIdentifier(certificate, role, parameters);
        usageConsistency(certificate);
        publicKey(certificate, parameters.algorithms());
        if (parameters.pedanticWebPki() && role != Role.ANCHOR) {
            serialNumber(certificate);
        }
    }

    private static void criticality(Certificate certificate) throws PathValidationException {
        Extensions extensions = certificate.extensions();
        // RFC 5280 §4.2.1.1, §4.2.1.2 and §4.2.2.1: conforming CAs MUST mark these non-critical.
        for (var id : List.of(Oids.AUTHORITY_KEY_IDENTIFIER, Oids.SUBJECT_KEY_IDENTIFIER, Oids.AUTHORITY_INFO_ACCESS)) {
            if (extensions.isCritical(id)) {
                throw Reject.because(PathFailure.PROFILE_VIOLATION, certificate, "marks extension " + id
                        + " critical, which RFC 5280 forbids");
            }
        }
        // RFC 5280 §4.2.1.11 and §4.2.1.14: conforming CAs MUST mark these critical.
        for (var id : List.of(Oids.POLICY_CONSTRAINTS, Oids.INHIBIT_ANY_POLICY)) {
            if (extensions.find(id).isPresent() && !extensions.isCritical(id)) {
                throw Reject.because(PathFailure.PROFILE_VIOLATION, certificate, "marks extension " + id
                        + " non-critical, which RFC 5280 forbids");
            }
        }
        // RFC 5280 §4.1.2.6: with an empty subject, the identity is in a critical subjectAltName.
        if (certificate.subject().isEmpty() && !extensions.isCritical(Oids.SUBJECT_ALT_NAME)) {
            throw Reject.because(PathFailure.PROFILE_VIOLATION, certificate,
                    "has an empty subject, so its subjectAltName must be present and critical");
        }
    }

    private static void authorityKeyIdentifier(Certificate certificate, Role role, ValidationParameters parameters)
            throws PathValidationException {
        Optional<AuthorityKeyIdentifier> aki = certificate.extensions().authorityKeyIdentifier();
        if (aki.isEmpty()) {
            // RFC 5280 §4.2.1.1: every certificate but a self-signed one carries the key identifier,
            // so that its issuer can be found. A trust anchor is exempt unless the profile is pedantic.
            boolean required = !certificate.isSelfIssued() && (role != Role.ANCHOR || parameters.pedanticWebPki());
            if (required) {
                throw Reject.because(PathFailure.PROFILE_VIOLATION, certificate,
                        "has no authorityKeyIdentifier, which RFC 5280 §4.2.1.1 requires of certificates that are not self-signed");
            }
            return;
        }
        // RFC 5280 §4.2.1.1 (and CA/Browser Forum §7.1.2): the keyIdentifier field MUST be included.
        if (aki.get().keyIdentifier().isEmpty()) {
            throw Reject.because(PathFailure.PROFILE_VIOLATION, certificate,
                    "has an authorityKeyIdentifier without its keyIdentifier field");
        }
    }

    private static void usageConsistency(Certificate certificate) throws PathValidationException {
        Extensions extensions = certificate.extensions();
        boolean ca = extensions.basicConstraints().map(BasicConstraints::ca).orElse(false);
        // RFC 5280 §4.2.1.3: if keyCertSign is asserted, then cA MUST be asserted too.
        if (!ca && extensions.keyUsage().map(ku -> ku.allows(KeyUsage.Bit.KEY_CERT_SIGN)).orElse(false)) {
            throw Reject.because(PathFailure.PROFILE_VIOLATION, certificate,
                    "asserts keyCertSign in keyUsage but is not a CA in basicConstraints");
        }
        // RFC 5280 §4.2.1.9: pathLenConstraint only where cA is asserted.
        if (!ca && extensions.basicConstraints().flatMap(BasicConstraints::pathLenConstraint).isPresent()) {
            throw Reject.because(PathFailure.PROFILE_VIOLATION, certificate,
                    "has a pathLenConstraint but is not a CA in basicConstraints");
        }
    }

    private static void publicKey(Certificate certificate, AlgorithmPolicy policy) throws PathValidationException {
        Optional<PublicKey> key = certificate.publicKey();
        if (key.isEmpty()) {
            throw Reject.because(PathFailure.UNSUPPORTED_KEY, certificate, "has a key Parley cannot use: "
                    + certificate.subjectPublicKeyInfo().unsupportedReason().orElse("unsupported algorithm"));
        }
        if (key.get() instanceof RsaPublicKey rsa) {
            // CA/Browser Forum §6.1.5: RSA moduli of at least 2048 bits, evenly divisible by 8.
            if (rsa.bitLength() < policy.minimumRsaModulusBits()) {
                throw Reject.because(PathFailure.WEAK_KEY, certificate, "has an RSA key of " + rsa.bitLength()
                        + " bits; at least " + policy.minimumRsaModulusBits() + " are required");
            }
            if (rsa.bitLength() % 8 != 0) {
                throw Reject.because(PathFailure.PROFILE_VIOLATION, certificate, "has an RSA key of " + rsa.bitLength()
                        + " bits, which is not a whole number of octets");
            }
        }
    }

    private static void serialNumber(Certificate certificate) throws PathValidationException {
        // RFC 5280 §4.1.2.2: a positive integer of at most 20 octets.
        if (certificate.serialNumber().signum() <= 0 || certificate.serialNumber().toByteArray().length > MAX_SERIAL_OCTETS) {
            throw Reject.because(PathFailure.PROFILE_VIOLATION, certificate, "has serial number "
                    + certificate.serialNumber().toString(16) + "; RFC 5280 §4.1.2.2 wants a positive one of at most 20 octets");
        }
    }
}
