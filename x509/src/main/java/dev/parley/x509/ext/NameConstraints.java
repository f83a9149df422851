package dev.parley.x509.ext;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.DerPrimitives;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.name.GeneralName;
import dev.parley.x509.name.GeneralNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The name spaces a CA may certify in (RFC 5280 §4.2.1.10):
 *
 * <pre>
 * NameConstraints ::= SEQUENCE {
 *     permittedSubtrees [0] GeneralSubtrees OPTIONAL,
 *     excludedSubtrees  [1] GeneralSubtrees OPTIONAL }
 * GeneralSubtrees ::= SEQUENCE SIZE (1..MAX) OF GeneralSubtree
 * GeneralSubtree ::= SEQUENCE {
 *     base    GeneralName,
 *     minimum [0] BaseDistance DEFAULT 0,
 *     maximum [1] BaseDistance OPTIONAL }
 * </pre>
 *
 * An iPAddress base is an address followed by a mask: 8 octets for IPv4, 32 for IPv6.
 *
 * @param permittedSubtrees the name spaces allowed, if constrained
 * @param excludedSubtrees the name spaces forbidden, if any
 */
public record NameConstraints(Optional<List<GeneralSubtree>> permittedSubtrees,
                              Optional<List<GeneralSubtree>> excludedSubtrees) {

    /**
     * One constrained name space. RFC 5280 requires minimum 0 and no maximum; the values are kept
     * so that a validator can reject anything else.
     *
     * @param base the name space
     * @param minimum the BaseDistance minimum
     * @param maximum the BaseDistance maximum, if present
     */
    public record GeneralSubtree(GeneralName base, int minimum, Optional<Integer> maximum) {
        public GeneralSubtree {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(maximum, "maximum");
        }
    }

    public NameConstraints {
        permittedSubtrees = Objects.requireNonNull(permittedSubtrees, "permittedSubtrees").map(List::copyOf);
        excludedSubtrees = Objects.requireNonNull(excludedSubtrees, "excludedSubtrees").map(List::copyOf);
    }

    static NameConstraints decode(Bytes value) throws X509Exception {
        DerReader in = DerReader.of(value);
        DerReader sequence = in.sequence("NameConstraints");
        in.expectEnd("NameConstraints");
        Optional<List<GeneralSubtree>> permitted = subtrees(sequence, 0, "permittedSubtrees");
        Optional<List<GeneralSubtree>> excluded = subtrees(sequence, 1, "excludedSubtrees");
        sequence.expectEnd("NameConstraints");
        // RFC 5280 §4.2.1.10: either permittedSubtrees or excludedSubtrees MUST be present.
        if (permitted.isEmpty() && excluded.isEmpty()) {
            throw new X509Exception(X509Failure.MALFORMED_EXTENSION, "NameConstraints with neither subtree field");
        }
        return new NameConstraints(permitted, excluded);
    }

    private static Optional<List<GeneralSubtree>> subtrees(DerReader in, int number, String field) throws X509Exception {
        Optional<DerReader> content = in.optionalConstructed(DerTag.contextConstructed(number), field);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        List<GeneralSubtree> subtrees = new ArrayList<>();
        while (!content.get().isEmpty()) {
            subtrees.add(subtree(content.get().sequence("GeneralSubtree"), field));
        }
        if (subtrees.isEmpty()) {
            throw new X509Exception(X509Failure.EMPTY_SEQUENCE, field + ": GeneralSubtrees is SIZE (1..MAX)");
        }
        return Optional.of(subtrees);
    }

    private static GeneralSubtree subtree(DerReader in, String field) throws X509Exception {
        GeneralName base = GeneralNames.read(in);
        // In name constraints an iPAddress is an address and a mask: 8 or 32 octets (RFC 5280 §4.2.1.10).
        if (base instanceof GeneralName.IpAddress ip && ip.octets().length() != 8 && ip.octets().length() != 32) {
            throw new X509Exception(X509Failure.INVALID_GENERAL_NAME,
                    field + ": iPAddress constraint of " + ip.octets().length() + " octets");
        }
        int minimum = 0;
        Optional<Bytes> minimumField = in.optionalContent(DerTag.contextPrimitive(0), "minimum");
        if (minimumField.isPresent()) {
            minimum = DerPrimitives.intValue(minimumField.get(), 0, Integer.MAX_VALUE, "minimum");
            if (minimum == 0) {
                throw new X509Exception(X509Failure.DEFAULT_VALUE_ENCODED, field + ": minimum encodes its DEFAULT 0");
            }
        }
        Optional<Bytes> maximumField = in.optionalContent(DerTag.contextPrimitive(1), "maximum");
        Optional<Integer> maximum = Optional.empty();
        if (maximumField.isPresent()) {
            maximum = Optional.of(DerPrimitives.intValue(maximumField.get(), 0, Integer.MAX_VALUE, "maximum"));
        }
        in.expectEnd("GeneralSubtree");
        return new GeneralSubtree(base, minimum, maximum);
    }
}
