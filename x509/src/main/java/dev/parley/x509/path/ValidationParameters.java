package dev.parley.x509.path;

import dev.parley.x509.crl.CertificateList;
import dev.parley.x509.ext.KeyUsage;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a validation depends on besides the certificates and the trust store. Immutable;
 * {@link #builder()} starts from the secure defaults below.
 *
 * @param time the validation time; default: the moment {@link Builder#build()} ran
 * @param purpose what the leaf is for; default {@link Purpose#SERVER_AUTH}, what a TLS client checks
 * @param maxChainDepth the most intermediates a path may hold, not counting self-issued ones
 *        (RFC 5280 §4.2.1.9 does not count them either); default 8, far beyond the 1 or 2 the web
 *        PKI uses, small enough to bound path building
 * @param maxSignatureChecks the most signature verifications one validation may perform; default
 *        64, so that a hostile bag of same-named certificates cannot burn CPU
 * @param maxNameConstraintChecks the most name-against-subtree comparisons one validation may
 *        perform; default 65,536, a thousand times what real certificates need, far below the
 *        millions a constructed certificate can demand
 * @param algorithms which signature algorithms and key sizes are acceptable; default
 *        {@link AlgorithmPolicy#DEFAULT}, no SHA-1
 * @param requiredKeyUsage usages the leaf's keyUsage must allow, on top of those the purpose needs;
 *        a leaf without keyUsage allows everything (RFC 5280 §4.2.1.3); default none
 * @param crlCheck which certificates are checked against {@code crls}; default {@link CrlCheck#NONE}
 * @param crls the CRLs available to revocation checking
 * @param pedanticWebPki whether to also enforce the CA/Browser Forum rules that the defaults leave
 *        out because private PKIs commonly break them: the leaf must carry a non-critical
 *        extKeyUsage without anyExtendedKeyUsage, anchors must carry no extKeyUsage, serial
 *        numbers must be positive and at most 20 octets, and an anchor that is not self-issued must
 *        carry an authority key identifier; default off
 */
public record ValidationParameters(Instant time, Purpose purpose, int maxChainDepth, int maxSignatureChecks,
                                   int maxNameConstraintChecks, AlgorithmPolicy algorithms,
                                   Set<KeyUsage.Bit> requiredKeyUsage, CrlCheck crlCheck, List<CertificateList> crls,
                                   boolean pedanticWebPki) {

    public ValidationParameters {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(algorithms, "algorithms");
        requiredKeyUsage = Set.copyOf(Objects.requireNonNull(requiredKeyUsage, "requiredKeyUsage"));
        Objects.requireNonNull(crlCheck, "crlCheck");
        crls = List.copyOf(Objects.requireNonNull(crls, "crls"));
        if (maxChainDepth < 0 || maxSignatureChecks < 1 || maxNameConstraintChecks < 1) {
            throw new IllegalArgumentException("bounds must be positive (depth may be 0)");
        }
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults, validating now. */
    public static ValidationParameters defaults() {
        return builder().build();
    }

    /** Builds {@link ValidationParameters}; every setter returns the builder. */
    public static final class Builder {
        private Instant time;
        private Purpose purpose = Purpose.SERVER_AUTH;
        private int maxChainDepth = 8;
        private int maxSignatureChecks = 64;
        private int maxNameConstraintChecks = 1 << 16;
        private AlgorithmPolicy algorithms = AlgorithmPolicy.DEFAULT;
        private Set<KeyUsage.Bit> requiredKeyUsage = EnumSet.noneOf(KeyUsage.Bit.class);
        private CrlCheck crlCheck = CrlCheck.NONE;
        private List<CertificateList> crls = List.of();
        private boolean pedanticWebPki;

        private Builder() {
        }

        /** Validate at {@code value} instead of now. */
        public Builder time(Instant value) {
            this.time = Objects.requireNonNull(value, "time");
            return this;
        }

        public Builder purpose(Purpose value) {
            this.purpose = Objects.requireNonNull(value, "purpose");
            return this;
        }

        public Builder maxChainDepth(int value) {
            this.maxChainDepth = value;
            return this;
        }

        public Builder maxSignatureChecks(int value) {
            this.maxSignatureChecks = value;
            return this;
        }

        public Builder maxNameConstraintChecks(int value) {
            this.maxNameConstraintChecks = value;
            return this;
        }

        public Builder algorithms(AlgorithmPolicy value) {
            this.algorithms = Objects.requireNonNull(value, "algorithms");
            return this;
        }

        public Builder requiredKeyUsage(Set<KeyUsage.Bit> value) {
            this.requiredKeyUsage = Objects.requireNonNull(value, "requiredKeyUsage");
            return this;
        }

        /** Check {@code scope} against {@code available} CRLs (the manual's SSL_check_crl and SSL_crl_file). */
        public Builder crls(CrlCheck scope, List<CertificateList> available) {
            this.crlCheck = Objects.requireNonNull(scope, "scope");
            this.crls = Objects.requireNonNull(available, "available");
            return this;
        }

        public Builder pedanticWebPki(boolean value) {
            this.pedanticWebPki = value;
            return this;
        }

        public ValidationParameters build() {
            return new ValidationParameters(time != null ? time : Instant.now(), purpose, maxChainDepth,
                    maxSignatureChecks, maxNameConstraintChecks, algorithms, requiredKeyUsage, crlCheck, crls,
                    pedanticWebPki);
        }
    }
}
