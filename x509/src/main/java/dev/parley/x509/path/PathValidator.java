package dev.parley.x509.path;

import dev.parley.crypto.CryptoProvider;
import dev.parley.x509.Certificate;
import dev.parley.x509.trust.TrustStore;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Builds and validates certification paths (RFC 5280 §6) with the expectations a TLS peer has
 * of the web PKI.
 *
 * <p>A path is built from the end-entity certificate through an unordered pool of untrusted
 * intermediates (as a TLS peer sends them, in any order, with decoys and duplicates) to a trust
 * anchor. Where several certificates could be the next issuer (cross-signed roots, renewed
 * intermediates, expired branches), each is tried in turn until one path validates. Every link
 * is checked as it is added:
 * <ul>
 *   <li>the issuer's signature, with an algorithm the {@link AlgorithmPolicy} allows;</li>
 *   <li>validity at the validation time;</li>
 *   <li>the issuer is a CA (basicConstraints critical with cA TRUE; keyCertSign if keyUsage is
 *       present), its pathLenConstraint holds, and its extKeyUsage, if present, allows the purpose;</li>
 *   <li>the issuer's name constraints (DNS, IP, email, directory name, URI; permitted and excluded)
 *       hold for every certificate below it except self-issued intermediates;</li>
 *   <li>every certificate, the anchor included, follows the profile: no unrecognised critical
 *       extension, keys Parley supports and of sufficient size, the extension rules of
 *       RFC 5280 §4.2 and the CA/Browser Forum's root, CA and subscriber profiles;</li>
 * </ul>
 * and the leaf must be fit for the {@link Purpose} (extKeyUsage, digitalSignature) and must not
 * be a CA. Revocation is checked against CRLs when the parameters ask for it.
 *
 * <p><b>Not implemented:</b> certificate policy processing (RFC 5280 §6.1.3 (d)-(f), §6.1.4
 * (a)-(j)). The policy extensions are recognised, their criticality rules are enforced, and
 * their content is not interpreted: every path is treated as if validated with
 * initial-policy-set anyPolicy and no explicit policy required, which is what TLS clients of the
 * web PKI do. Hostname verification is not part of path validation either.
 *
 * <p>A validator holds only its crypto provider and may be shared between threads.
 */
public final class PathValidator {

    private final CryptoProvider crypto;

    public PathValidator(CryptoProvider crypto) {
        this.crypto = Objects.requireNonNull(crypto, "crypto");
    }

    /**
     * Validates {@code leaf} against {@code trust}, building the path through {@code intermediates}.
     *
     * @return the path that validated, leaf first
     * @throws PathValidationException with the reason, the certificate it concerns and the
     *         suggested alert, if no path validates; nothing else escapes
     */
    public ValidatedPath validate(Certificate leaf, Collection<Certificate> intermediates, TrustStore trust,
                                  ValidationParameters parameters) throws PathValidationException {
        Objects.requireNonNull(leaf, "leaf");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(parameters, "parameters");
        SignatureChecker signatures = new SignatureChecker(crypto, parameters.algorithms(), parameters.maxSignatureChecks());
        return new PathSearch(leaf, List.copyOf(intermediates), trust, parameters, signatures).run();
    }

    /**
     * Validates a chain as a TLS Certificate message carries it: the end-entity certificate
     * first, then the others in any order (RFC 8446 §4.4.2 lets them come unordered).
     */
    public ValidatedPath validate(List<Certificate> presented, TrustStore trust, ValidationParameters parameters)
            throws PathValidationException {
        if (presented.isEmpty()) {
            throw new IllegalArgumentException("a chain holds at least the end-entity certificate");
        }
        return validate(presented.get(0), presented.subList(1, presented.size()), trust, parameters);
    }
}
