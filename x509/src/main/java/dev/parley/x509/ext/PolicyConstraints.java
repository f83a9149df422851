package dev.parley.x509.ext;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.DerPrimitives;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits on policy processing below a CA (RFC 5280 §4.2.1.11:
 * {@code PolicyConstraints ::= SEQUENCE { requireExplicitPolicy [0] SkipCerts OPTIONAL, inhibitPolicyMapping [1] SkipCerts OPTIONAL }}).
 *
 * @param requireExplicitPolicy after how many certificates an acceptable policy is required
 * @param inhibitPolicyMapping after how many certificates policy mapping stops
 */
public record PolicyConstraints(Optional<Integer> requireExplicitPolicy, Optional<Integer> inhibitPolicyMapping) {

    public PolicyConstraints {
        Objects.requireNonNull(requireExplicitPolicy, "requireExplicitPolicy");
        Objects.requireNonNull(inhibitPolicyMapping, "inhibitPolicyMapping");
    }

    static PolicyConstraints decode(Bytes value) throws X509Exception {
        DerReader in = DerReader.of(value);
        DerReader sequence = in.sequence("PolicyConstraints");
        in.expectEnd("PolicyConstraints");
        Optional<Integer> require = skipCerts(sequence, 0, "requireExplicitPolicy");
        Optional<Integer> inhibit = skipCerts(sequence, 1, "inhibitPolicyMapping");
        sequence.expectEnd("PolicyConstraints");
        // RFC 5280 §4.2.1.11: conforming CAs MUST NOT issue an empty policy constraints sequence.
        if (require.isEmpty() && inhibit.isEmpty()) {
            throw new X509Exception(X509Failure.MALFORMED_EXTENSION, "PolicyConstraints with neither field");
        }
        return new PolicyConstraints(require, inhibit);
    }

    private static Optional<Integer> skipCerts(DerReader in, int number, String field) throws X509Exception {
        Optional<Bytes> content = in.optionalContent(DerTag.contextPrimitive(number), field);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(DerPrimitives.intValue(content.get(), 0, Integer.MAX_VALUE, field));
    }
}
