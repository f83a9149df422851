package dev.parley.x509.path;

import dev.parley.x509.Certificate;
import dev.parley.x509.Oids;
import dev.parley.x509.ext.BasicConstraints;
import dev.parley.x509.ext.ExtendedKeyUsage;
import dev.parley.x509.ext.Extensions;
import dev.parley.x509.ext.KeyUsage;
import dev.parley.x509.name.GeneralName;
import java.util.List;
import java.util.Optional;

/**
 * The rules for the end-entity certificate of a TLS peer: it is not a CA, its key may be used
 * for the purpose at hand, and its names are well-formed (RFC 5280 §4.2.1, RFC 8446 §4.4.2.2 and
 * §4.4.2.3, CA/Browser Forum baseline requirements §7.1.2.7 and §7.1.4.3).
 */
final class EndEntityRules {

    private EndEntityRules() {
    }

    static void check(Certificate leaf, ValidationParameters parameters) throws PathValidationException {
        Extensions extensions = leaf.extensions();
        // CA/Browser Forum §7.1.2.7.8: a subscriber certificate's cA MUST be FALSE. (RFC 5280 allows a
        // CA certificate at the end of a path; the web PKI, and so Parley, does not.)
        if (extensions.basicConstraints().map(BasicConstraints::ca).orElse(false)) {
            throw Reject.because(PathFailure.END_ENTITY_IS_CA, leaf,
                    "is a CA certificate (basicConstraints cA TRUE) presented as an end-entity certificate");
        }
        // RFC 5280 §4.2.1.10: the name constraints extension MUST be used only in a CA certificate.
        if (extensions.nameConstraints().isPresent()) {
            throw Reject.because(PathFailure.PROFILE_VIOLATION, leaf, "is an end-entity certificate with name constraints");
        }
        // CA/Browser Forum §7.1.2.7.12: with a non-empty subject, subjectAltName MUST NOT be critical.
        if (!leaf.subject().isEmpty() && extensions.isCritical(Oids.SUBJECT_ALT_NAME)) {
            throw Reject.because(PathFailure.PROFILE_VIOLATION, leaf,
                    "marks subjectAltName critical although its subject is not empty");
        }
        extendedKeyUsage(leaf, parameters);
        keyUsage(leaf, parameters);
        subjectAltNames(leaf);
        CommonNameRules.check(leaf);
    }

    private static void extendedKeyUsage(Certificate leaf, ValidationParameters parameters) throws PathValidationException {
        Optional<ExtendedKeyUsage> eku = leaf.extensions().extendedKeyUsage();
        if (parameters.pedanticWebPki()) {
            // CA/Browser Forum §7.1.2.7.10 and §7.1.2.7.6: present, not critical, no anyExtendedKeyUsage.
            if (eku.isEmpty() || eku.get().contains(Oids.ANY_EXTENDED_KEY_USAGE)) {
                throw Reject.because(PathFailure.EXTENDED_KEY_USAGE_NOT_ALLOWED, leaf, eku.isEmpty()
                        ? "has no extKeyUsage, which the web PKI requires of subscriber certificates"
                        : "lists anyExtendedKeyUsage, which the web PKI forbids in subscriber certificates");
            }
            if (leaf.extensions().isCritical(Oids.EXT_KEY_USAGE)) {
                throw Reject.because(PathFailure.PROFILE_VIOLATION, leaf, "marks extKeyUsage critical");
            }
        }
        // RFC 5280 §4.2.1.12: when present, the certificate may be used only for the listed purposes.
        if (eku.isPresent() && !eku.get().contains(parameters.purpose().keyPurpose())
                && !eku.get().contains(Oids.ANY_EXTENDED_KEY_USAGE)) {
            throw Reject.because(PathFailure.EXTENDED_KEY_USAGE_NOT_ALLOWED, leaf, "has extKeyUsage "
                    + Reject.cut(eku.get().purposes().toString()) + ", which does not allow " + parameters.purpose());
        }
    }

    private static void keyUsage(Certificate leaf, ValidationParameters parameters) throws PathValidationException {
        Optional<KeyUsage> usage = leaf.extensions().keyUsage();
        if (usage.isEmpty()) {
            return;
        }
        // RFC 8446 §4.4.2.2 and §4.4.2.3: the peer signs with its key, so digitalSignature MUST be set.
        if (!usage.get().allows(KeyUsage.Bit.DIGITAL_SIGNATURE)) {
            throw Reject.because(PathFailure.KEY_USAGE_NOT_ALLOWED, leaf, "has keyUsage " + usage.get().bits()
                    + " without digitalSignature, so its key may not sign a TLS handshake");
        }
        for (KeyUsage.Bit bit : parameters.requiredKeyUsage()) {
            if (!usage.get().allows(bit)) {
                throw Reject.because(PathFailure.KEY_USAGE_NOT_ALLOWED, leaf, "has keyUsage " + usage.get().bits()
                        + " without " + bit + ", which the validation requires");
            }
        }
    }

    private static void subjectAltNames(Certificate leaf) throws PathValidationException {
        List<GeneralName> names = leaf.extensions().subjectAlternativeName().map(san -> san.names()).orElse(List.of());
        for (GeneralName name : names) {
            // RFC 5280 §4.2.1.6: a dNSName is in preferred name syntax; the web PKI adds the left-most wildcard.
            if (name instanceof GeneralName.DnsName dns && !DnsNames.isSubjectAltName(dns.value())) {
                throw Reject.because(PathFailure.PROFILE_VIOLATION, leaf, "has the malformed DNS name '"
                        + Reject.cut(dns.value()) + "' in its subjectAltName");
            }
            // RFC 5280 §4.2.1.6: an rfc822Name is a mailbox, local-part@domain.
            if (name instanceof GeneralName.Rfc822Name mail && Mailboxes.parse(mail.value()).isEmpty()) {
                throw Reject.because(PathFailure.PROFILE_VIOLATION, leaf, "has the malformed email address '"
                        + Reject.cut(mail.value()) + "' in its subjectAltName");
            }
        }
    }
}
