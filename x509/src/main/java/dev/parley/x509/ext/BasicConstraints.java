package dev.parley.x509.ext;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the subject is a CA, and how many intermediate CAs may follow it (RFC 5280 §4.2.1.9:
 * {@code BasicConstraints ::= SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLenConstraint INTEGER (0..MAX) OPTIONAL }}).
 *
 * @param ca whether the certified key may verify certificate signatures
 * @param pathLenConstraint the largest number of non-self-issued intermediates that may follow
 */
public record BasicConstraints(boolean ca, Optional<Integer> pathLenConstraint) {

    public BasicConstraints {
        Objects.requireNonNull(pathLenConstraint, "pathLenConstraint");
    }

    static BasicConstraints decode(Bytes value) throws X509Exception {
        DerReader in = DerReader.of(value);
        DerReader sequence = in.sequence("BasicConstraints");
        in.expectEnd("BasicConstraints");
        boolean ca = false;
        if (sequence.nextIs(DerTag.BOOLEAN)) {
            ca = sequence.bool("cA");
            // X.690 §11.5: cA DEFAULT FALSE is omitted when false.
            if (!ca) {
                throw new X509Exception(X509Failure.DEFAULT_VALUE_ENCODED, "cA encodes its DEFAULT FALSE");
            }
        }
        Optional<Integer> pathLength = Optional.empty();
        if (sequence.nextIs(DerTag.INTEGER)) {
            pathLength = Optional.of(sequence.intValue(0, Integer.MAX_VALUE, "pathLenConstraint"));
        }
        sequence.expectEnd("BasicConstraints");
        return new BasicConstraints(ca, pathLength);
    }
}
