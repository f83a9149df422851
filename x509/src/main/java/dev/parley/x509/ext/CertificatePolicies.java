package dev.parley.x509.ext;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerStrings;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerValue;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The policies under which the certificate was issued (RFC 5280 §4.2.1.4):
 *
 * <pre>
 * certificatePolicies ::= SEQUENCE SIZE (1..MAX) OF PolicyInformation
 * PolicyInformation ::= SEQUENCE {
 *     policyIdentifier CertPolicyId,
 *     policyQualifiers SEQUENCE SIZE (1..MAX) OF PolicyQualifierInfo OPTIONAL }
 * PolicyQualifierInfo ::= SEQUENCE { policyQualifierId OBJECT IDENTIFIER, qualifier ANY }
 * </pre>
 *
 * Qualifiers are kept raw (RFC 5280 discourages processing them); {@link PolicyQualifierInfo#cpsUri()}
 * reads the common CPS pointer.
 *
 * @param policies the policies, each OID at most once
 */
public record CertificatePolicies(List<PolicyInformation> policies) {

    /**
     * One policy.
     *
     * @param policyIdentifier the policy's OID, or {@link Oids#ANY_POLICY}
     * @param policyQualifiers its qualifiers, possibly none
     */
    public record PolicyInformation(ObjectIdentifier policyIdentifier, List<PolicyQualifierInfo> policyQualifiers) {
        public PolicyInformation {
            Objects.requireNonNull(policyIdentifier, "policyIdentifier");
            policyQualifiers = List.copyOf(Objects.requireNonNull(policyQualifiers, "policyQualifiers"));
        }
    }

    /**
     * One qualifier, kept as it arrived.
     *
     * @param policyQualifierId what kind of qualifier, usually {@link Oids#QT_CPS} or {@link Oids#QT_UNOTICE}
     * @param qualifier its value
     */
    public record PolicyQualifierInfo(ObjectIdentifier policyQualifierId, DerValue qualifier) {
        public PolicyQualifierInfo {
            Objects.requireNonNull(policyQualifierId, "policyQualifierId");
            Objects.requireNonNull(qualifier, "qualifier");
        }

        /** The CPS URI, when this is an id-qt-cps qualifier holding an IA5String. */
        public Optional<String> cpsUri() {
            if (!policyQualifierId.equals(Oids.QT_CPS) || !qualifier.tag().equals(DerTag.IA5_STRING)) {
                return Optional.empty();
            }
            try {
                return Optional.of(DerStrings.decode(DerTag.IA5_STRING, qualifier.content()));
            } catch (X509Exception notIa5) {
                return Optional.empty();
            }
        }
    }

    public CertificatePolicies {
        policies = List.copyOf(Objects.requireNonNull(policies, "policies"));
    }

    /** The policy OIDs, in order. */
    public List<ObjectIdentifier> policyIdentifiers() {
        return policies.stream().map(PolicyInformation::policyIdentifier).toList();
    }

    static CertificatePolicies decode(Bytes value) throws X509Exception {
        DerReader in = DerReader.of(value);
        DerReader sequence = in.sequence("certificatePolicies");
        in.expectEnd("certificatePolicies");
        List<PolicyInformation> policies = new ArrayList<>();
        Set<ObjectIdentifier> seen = new HashSet<>();
        while (!sequence.isEmpty()) {
            PolicyInformation policy = policy(sequence.sequence("PolicyInformation"));
            // RFC 5280 §4.2.1.4: a policy OID MUST NOT appear more than once.
            if (!seen.add(policy.policyIdentifier())) {
                throw new X509Exception(X509Failure.MALFORMED_EXTENSION, "policy " + policy.policyIdentifier() + " appears twice");
            }
            policies.add(policy);
        }
        if (policies.isEmpty()) {
            throw new X509Exception(X509Failure.EMPTY_SEQUENCE, "certificatePolicies is SIZE (1..MAX)");
        }
        return new CertificatePolicies(policies);
    }

    private static PolicyInformation policy(DerReader in) throws X509Exception {
        ObjectIdentifier id = in.oid("policyIdentifier");
        List<PolicyQualifierInfo> qualifiers = new ArrayList<>();
        Optional<DerReader> qualifierSequence = in.optionalConstructed(DerTag.SEQUENCE, "policyQualifiers");
        if (qualifierSequence.isPresent()) {
            DerReader sequence = qualifierSequence.get();
            while (!sequence.isEmpty()) {
                DerReader info = sequence.sequence("PolicyQualifierInfo");
                ObjectIdentifier qualifierId = info.oid("policyQualifierId");
                DerValue qualifier = info.readAny("qualifier");
                info.expectEnd("PolicyQualifierInfo");
                qualifiers.add(new PolicyQualifierInfo(qualifierId, qualifier));
            }
            if (qualifiers.isEmpty()) {
                throw new X509Exception(X509Failure.EMPTY_SEQUENCE, "policyQualifiers is SIZE (1..MAX)");
            }
        }
        in.expectEnd("PolicyInformation");
        return new PolicyInformation(id, qualifiers);
    }
}
