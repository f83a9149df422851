package dev.parley.x509.path;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Certificate;
import dev.parley.x509.Oids;
import dev.parley.x509.ext.AuthorityKeyIdentifier;
import dev.parley.x509.ext.BasicConstraints;
import dev.parley.x509.ext.Extensions;
import dev.parley.x509.ext.KeyUsage;
import dev.parley.x509.ext.NameConstraints;
import dev.parley.x509.ext.NameConstraints.GeneralSubtree;
import dev.parley.x509.ext.SubjectKeyIdentifier;
import java.util.List;
import java.util.Optional;

/**
 * The rules a certificate must follow to issue others in a path, intermediate or trust anchor
 * (RFC 5280 §4.2.1 and §6.1.4). A trust anchor is held to them too, as the web PKI's verifiers
 * do: a root that is expired, not marked as a CA, or malformed does not anchor anything.
 */
final class CaRules {

    private CaRules() {
    }

    static void check(Certificate ca, Role role, ValidationParameters parameters) throws PathValidationException {
        Extensions extensions = ca.extensions();
        Optional<BasicConstraints> basic = extensions.basicConstraints();
        // RFC 5280 §4.2.1.9 and §6.1.4 (k): only a certificate with cA TRUE may verify certificate signatures.
        if (basic.isEmpty() || !basic.get().ca()) {
            throw Reject.because(PathFailure.NOT_A_CA, ca, basic.isEmpty()
                    ? "has no basicConstraints extension, so it cannot issue certificates"
                    : "is not a CA (basicConstraints cA is FALSE), so it cannot issue certificates");
        }
        // RFC 5280 §4.2.1.9: conforming CAs MUST mark basicConstraints critical in CA certificates.
        if (!extensions.isCritical(Oids.BASIC_CONSTRAINTS)) {
            throw Reject.because(PathFailure.PROFILE_VIOLATION, ca, "is a CA whose basicConstraints is not critical");
        }
        // RFC 5280 §6.1.4 (n): if keyUsage is present, keyCertSign must be set to issue certificates.
        if (extensions.keyUsage().map(ku -> !ku.allows(KeyUsage.Bit.KEY_CERT_SIGN)).orElse(false)) {
            throw Reject.because(PathFailure.KEY_USAGE_NOT_ALLOWED, ca, "is a CA whose keyUsage does not allow keyCertSign");
        }
        // RFC 5280 §4.2.1.2: the subject key identifier MUST appear in all CA certificates.
        if (extensions.subjectKeyIdentifier().isEmpty()) {
            throw Reject.because(PathFailure.PROFILE_VIOLATION, ca, "is a CA without a subjectKeyIdentifier");
        }
        // RFC 5280 §4.1.2.6: a CA's subject MUST be a non-empty distinguished name.
        if (ca.subject().isEmpty()) {
            throw Reject.because(PathFailure.PROFILE_VIOLATION, ca, "is a CA with an empty subject");
        }
        Optional<NameConstraints> constraints = extensions.nameConstraints();
        if (constraints.isPresent()) {
            nameConstraintSyntax(ca, constraints.get());
        }
        if (role == Role.ANCHOR) {
            anchor(ca, parameters);
        }
    }

    private static void nameConstraintSyntax(Certificate ca, NameConstraints constraints) throws PathValidationException {
        for (List<GeneralSubtree> subtrees : List.of(constraints.permittedSubtrees().orElse(List.of()),
                constraints.excludedSubtrees().orElse(List.of()))) {
            for (GeneralSubtree subtree : subtrees) {
                Optional<String> problem = Subtrees.problem(subtree);
                if (problem.isPresent()) {
                    throw Reject.because(PathFailure.MALFORMED_NAME_CONSTRAINTS, ca, "has malformed name constraints: "
                            + problem.get());
                }
            }
        }
    }

    /** CA/Browser Forum §7.1.2.1: the profile of a root certificate. */
    private static void anchor(Certificate root, ValidationParameters parameters) throws PathValidationException {
        Optional<AuthorityKeyIdentifier> aki = root.extensions().authorityKeyIdentifier();
        if (aki.isPresent()) {
            // CA/Browser Forum §7.1.2.1.3: a root's authority key identifier holds the keyIdentifier only.
            if (aki.get().authorityCertIssuer().isPresent() || aki.get().authorityCertSerialNumber().isPresent()) {
                throw Reject.because(PathFailure.PROFILE_VIOLATION, root,
                        "is a root whose authorityKeyIdentifier names an issuer and serial number");
            }
            // CA/Browser Forum §7.1.2.1.3: for a self-signed root it is identical to the subjectKeyIdentifier.
            Optional<Bytes> keyId = aki.get().keyIdentifier();
            Optional<Bytes> ski = root.extensions().subjectKeyIdentifier().map(SubjectKeyIdentifier::keyIdentifier);
            if (root.isSelfIssued() && keyId.isPresent() && ski.isPresent() && !keyId.equals(ski)) {
                throw Reject.because(PathFailure.PROFILE_VIOLATION, root,
                        "is a self-issued root whose authorityKeyIdentifier differs from its subjectKeyIdentifier");
            }
        }
        // CA/Browser Forum §7.1.2.1.2: a root certificate MUST NOT carry extKeyUsage.
        if (parameters.pedanticWebPki() && root.extensions().extendedKeyUsage().isPresent()) {
            throw Reject.because(PathFailure.PROFILE_VIOLATION, root, "is a root with an extKeyUsage extension");
        }
    }
}
