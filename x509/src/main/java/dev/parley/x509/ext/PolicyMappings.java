package dev.parley.x509.ext;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which of the issuer's policies a CA considers equivalent to which of its own (RFC 5280 §4.2.1.5:
 * {@code PolicyMappings ::= SEQUENCE SIZE (1..MAX) OF SEQUENCE { issuerDomainPolicy, subjectDomainPolicy }}).
 *
 * @param mappings the pairs, in order
 */
public record PolicyMappings(List<PolicyMapping> mappings) {

    /**
     * One equivalence.
     *
     * @param issuerDomainPolicy the issuer's policy
     * @param subjectDomainPolicy the subject's policy considered equivalent
     */
    public record PolicyMapping(ObjectIdentifier issuerDomainPolicy, ObjectIdentifier subjectDomainPolicy) {
        public PolicyMapping {
            Objects.requireNonNull(issuerDomainPolicy, "issuerDomainPolicy");
            Objects.requireNonNull(subjectDomainPolicy, "subjectDomainPolicy");
        }
    }

    public PolicyMappings {
        mappings = List.copyOf(Objects.requireNonNull(mappings, "mappings"));
    }

    static PolicyMappings decode(Bytes value) throws X509Exception {
        DerReader in = DerReader.of(value);
        DerReader sequence = in.sequence("PolicyMappings");
        in.expectEnd("PolicyMappings");
        List<PolicyMapping> mappings = new ArrayList<>();
        while (!sequence.isEmpty()) {
            DerReader pair = sequence.sequence("PolicyMapping");
            mappings.add(new PolicyMapping(pair.oid("issuerDomainPolicy"), pair.oid("subjectDomainPolicy")));
            pair.expectEnd("PolicyMapping");
        }
        if (mappings.isEmpty()) {
            throw new X509Exception(X509Failure.EMPTY_SEQUENCE, "PolicyMappings is SIZE (1..MAX)");
        }
        return new PolicyMappings(mappings);
    }
}
