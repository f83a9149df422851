package dev.parley.x509.algorithm;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerValue;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.Objects;
import java.util.Optional;

/**
 * An algorithm and its parameters, as certificates and key files name them (RFC 5280 §4.1.1.2:
 * {@code AlgorithmIdentifier ::= SEQUENCE { algorithm OBJECT IDENTIFIER, parameters ANY OPTIONAL }}).
 *
 * <p>Parameters are kept as the element that arrived. Two identifiers are equal when algorithm
 * and parameter encodings are, which is what RFC 5280 §4.1.1.2 means by the outer and inner
 * signature algorithms being the same.
 *
 * @param algorithm the algorithm's OID
 * @param parameters the parameters element, if present
 */
public record AlgorithmIdentifier(ObjectIdentifier algorithm, Optional<DerValue> parameters) {

    public AlgorithmIdentifier {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(parameters, "parameters");
    }

    /** An identifier without parameters. */
    public static AlgorithmIdentifier of(ObjectIdentifier algorithm) {
        return new AlgorithmIdentifier(algorithm, Optional.empty());
    }

    /** An identifier whose parameters are NULL, as the PKCS #1 algorithms want them. */
    public static AlgorithmIdentifier withNullParameters(ObjectIdentifier algorithm) {
        return new AlgorithmIdentifier(algorithm, Optional.of(DerValue.of(DerTag.NULL, Bytes.EMPTY)));
    }

    /** Reads an AlgorithmIdentifier SEQUENCE. */
    public static AlgorithmIdentifier read(DerReader in, String field) throws X509Exception {
        DerReader sequence = in.sequence(field);
        ObjectIdentifier algorithm = sequence.oid(field + ".algorithm");
        Optional<DerValue> parameters = sequence.isEmpty()
                ? Optional.empty()
                : Optional.of(sequence.readAny(field + ".parameters"));
        sequence.expectEnd(field);
        return new AlgorithmIdentifier(algorithm, parameters);
    }

    /** Whether the parameters are absent. */
    public boolean hasNoParameters() {
        return parameters.isEmpty();
    }

    /** Whether the parameters are present and NULL. */
    public boolean hasNullParameters() {
        return parameters.map(p -> p.tag().equals(DerTag.NULL) && p.content().isEmpty()).orElse(false);
    }

    /** Writes this identifier as a SEQUENCE. */
    public void write(DerWriter out) {
        out.sequence(seq -> {
            seq.oid(algorithm);
            parameters.ifPresent(p -> seq.raw(p.encoded()));
        });
    }

    @Override
    public String toString() {
        return parameters.map(p -> algorithm + " with parameters " + p.encoded()).orElse(algorithm.value());
    }
}
