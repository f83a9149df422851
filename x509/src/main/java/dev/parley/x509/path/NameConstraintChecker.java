package dev.parley.x509.path;

import dev.parley.x509.Certificate;
import dev.parley.x509.Oids;
import dev.parley.x509.ext.NameConstraints;
import dev.parley.x509.ext.NameConstraints.GeneralSubtree;
import dev.parley.x509.ext.SubjectAlternativeName;
import dev.parley.x509.name.AttributeTypeAndValue;
import dev.parley.x509.name.GeneralName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a CA's name constraints to a certificate below it (RFC 5280 §6.1.3 (b) and (c)):
 * every name of the certificate must lie in some permitted subtree of its form, when the CA
 * permits subtrees of that form, and in no excluded subtree. The names are the subject (as a
 * directory name), legacy emailAddress attributes of the subject (as mailboxes) and every
 * subjectAltName entry. The common name is not a DNS name here: hostname verification never
 * reads it when a subjectAltName is present, and Parley's never reads it at all.
 *
 * <p>Each comparison of a name with a subtree spends one unit of a budget shared by the whole
 * validation; a certificate made of thousands of names under thousands of constraints exhausts
 * it and is refused instead of costing seconds.
 */
final class NameConstraintChecker {

    private final int budget;
    private int spent;

    NameConstraintChecker(int budget) {
        this.budget = budget;
    }

    /** Checks {@code certificate} against the name constraints of {@code ca}. */
    void check(Certificate ca, NameConstraints constraints, Certificate certificate) throws PathValidationException {
        Map<Class<?>, List<GeneralSubtree>> permitted = byForm(constraints.permittedSubtrees());
        Map<Class<?>, List<GeneralSubtree>> excluded = byForm(constraints.excludedSubtrees());
        for (GeneralName name : names(certificate)) {
            List<GeneralSubtree> permittedOfForm = permitted.getOrDefault(name.getClass(), List.of());
            List<GeneralSubtree> excludedOfForm = excluded.getOrDefault(name.getClass(), List.of());
            if (permittedOfForm.isEmpty() && excludedOfForm.isEmpty()) {
                continue;
            }
            if (!Subtrees.isProcessed(name)) {
                throw Reject.because(PathFailure.UNSUPPORTED_NAME_CONSTRAINT, certificate, "has the name "
                        + Reject.cut(name.toString()) + ", and " + Reject.name(ca)
                        + " constrains names of that form, which Parley does not process");
            }
            for (GeneralSubtree subtree : excludedOfForm) {
                if (inside(ca, subtree, name, certificate, true)) {
                    throw Reject.because(PathFailure.NAME_CONSTRAINTS_VIOLATED, certificate, "has the name "
                            + Reject.cut(name.toString()) + ", which " + Reject.name(ca) + " excludes with "
                            + Reject.cut(subtree.base().toString()));
                }
            }
            if (!permittedOfForm.isEmpty() && !inAny(ca, permittedOfForm, name, certificate)) {
                throw Reject.because(PathFailure.NAME_CONSTRAINTS_VIOLATED, certificate, "has the name "
                        + Reject.cut(name.toString()) + ", which lies outside every subtree of its form that "
                        + Reject.name(ca) + " permits");
            }
        }
    }

    private boolean inAny(Certificate ca, List<GeneralSubtree> permitted, GeneralName name, Certificate certificate)
            throws PathValidationException {
        for (GeneralSubtree subtree : permitted) {
            if (inside(ca, subtree, name, certificate, false)) {
                return true;
            }
        }
        return false;
    }

    private boolean inside(Certificate ca, GeneralSubtree subtree, GeneralName name, Certificate certificate,
                           boolean excluded) throws PathValidationException {
        if (++spent > budget) {
            throw Reject.because(PathFailure.NAME_CONSTRAINT_CHECK_LIMIT_EXCEEDED, certificate, "checking its names against "
                    + "the name constraints of " + Reject.name(ca) + " needs more than " + budget + " comparisons");
        }
        Optional<Boolean> inside = Subtrees.contains(subtree.base(), name, excluded);
        if (inside.isEmpty()) {
            throw Reject.because(PathFailure.NAME_CONSTRAINTS_VIOLATED, certificate, "has the malformed name "
                    + Reject.cut(name.toString()) + ", which cannot be placed in the name space " + Reject.name(ca)
                    + " constrains");
        }
        return inside.get();
    }

    /** The subtrees grouped by the form (GeneralName choice) of their base. */
    private static Map<Class<?>, List<GeneralSubtree>> byForm(Optional<List<GeneralSubtree>> subtrees) {
        Map<Class<?>, List<GeneralSubtree>> grouped = new HashMap<>();
        for (GeneralSubtree subtree : subtrees.orElse(List.of())) {
            grouped.computeIfAbsent(subtree.base().getClass(), k -> new ArrayList<>()).add(subtree);
        }
        return grouped;
    }

    /** The names RFC 5280 §4.2.1.10 constrains: subject, subject email attributes, subjectAltName. */
    private static List<GeneralName> names(Certificate certificate) {
        List<GeneralName> names = new ArrayList<>();
        if (!certificate.subject().isEmpty()) {
            names.add(new GeneralName.DirectoryName(certificate.subject()));
        }
        // RFC 5280 §4.2.1.10: legacy emailAddress attributes of the subject obey rfc822Name constraints.
        for (AttributeTypeAndValue email : certificate.subject().attributes(Oids.EMAIL_ADDRESS)) {
            email.text().ifPresent(text -> names.add(new GeneralName.Rfc822Name(text)));
        }
        certificate.extensions().subjectAlternativeName().map(SubjectAlternativeName::names).ifPresent(names::addAll);
        return names;
    }
}
