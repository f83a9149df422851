package dev.parley.x509.path;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Certificate;
import dev.parley.x509.Oids;
import dev.parley.x509.ext.BasicConstraints;
import dev.parley.x509.ext.ExtendedKeyUsage;
import dev.parley.x509.ext.NameConstraints;
import dev.parley.x509.ext.SubjectKeyIdentifier;
import dev.parley.x509.name.NameKey;
import dev.parley.x509.trust.TrustStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One validation: a depth-first search from the leaf towards the trust anchors, each step
 * checking a candidate issuer completely before going further up (RFC 5280 §6.1 applied link by
 * link, RFC 4158's path building with backtracking).
 *
 * <p>Candidates for a certificate's issuer are the anchors and the pool certificates whose
 * subject is its issuer name; anchors are tried first, and among each group those whose subject
 * key identifier matches the certificate's authority key identifier. A candidate already on the
 * path, or with the subject and key of a certificate on it, would close a loop and is skipped.
 * When a candidate fails, the next is tried; when all fail, the search backs up a level. The
 * reported failure is the most informative one: met at a trust anchor if any, else the one found
 * furthest up a path.
 *
 * <p>Work is bounded three ways: the signature budget of {@link SignatureChecker}, the name
 * constraint budget of {@link NameConstraintChecker}, and {@link #MAX_CANDIDATES} candidate
 * evaluations in all.
 */
final class PathSearch {

    /** The most candidate issuers one validation may consider. */
    static final int MAX_CANDIDATES = 4096;
    /** The most self-issued intermediates (key rollover certificates) a path may hold. */
    static final int MAX_SELF_ISSUED_INTERMEDIATES = 4;

    private final Certificate leaf;
    private final TrustStore trust;
    private final ValidationParameters parameters;
    private final Map<NameKey, List<Certificate>> pool = new HashMap<>();
    private final SignatureChecker signatures;
    private final NameConstraintChecker nameConstraints;
    private final RevocationChecker revocation;
    private final Map<Certificate, Optional<PathValidationException>> profiles = new HashMap<>();
    private final List<Certificate> chain = new ArrayList<>();
    private int considered;
    private PathValidationException best;
    private int bestRank = -1;

    PathSearch(Certificate leaf, List<Certificate> intermediates, TrustStore trust, ValidationParameters parameters,
               SignatureChecker signatures) {
        this.leaf = leaf;
        this.trust = trust;
        this.parameters = parameters;
        this.signatures = signatures;
        this.nameConstraints = new NameConstraintChecker(parameters.maxNameConstraintChecks());
        this.revocation = new RevocationChecker(parameters.crls(), signatures, parameters.time());
        for (Certificate certificate : new LinkedHashSet<>(intermediates)) {
            if (!certificate.equals(leaf) && !trust.isAnchor(certificate)) {
                pool.computeIfAbsent(certificate.subject().key(), k -> new ArrayList<>()).add(certificate);
            }
        }
    }

    ValidatedPath run() throws PathValidationException {
        CertificateRules.check(leaf, Role.LEAF, parameters);
        EndEntityRules.check(leaf, parameters);
        checkValidity(leaf);
        chain.add(leaf);
        if (extend()) {
            return new ValidatedPath(chain);
        }
        throw best;
    }

    /** Tries every candidate issuer of the last certificate of the chain; true once a path validated. */
    private boolean extend() throws PathValidationException {
        Certificate child = chain.get(chain.size() - 1);
        boolean anyCandidate = false;
        for (Certificate candidate : candidates(child)) {
            if (++considered > MAX_CANDIDATES) {
                throw Reject.because(PathFailure.PATH_SEARCH_LIMIT_EXCEEDED, leaf, "path building considered more than "
                        + MAX_CANDIDATES + " candidate issuers");
            }
            if (closesLoop(candidate)) {
                continue;
            }
            anyCandidate = true;
            boolean anchor = trust.isAnchor(candidate);
            try {
                admit(candidate, anchor);
                chain.add(candidate);
                if (anchor ? revocationHolds() : extend()) {
                    return true;
                }
                chain.remove(chain.size() - 1);
            } catch (PathValidationException e) {
                if (e.reason().abortsSearch()) {
                    throw e;
                }
                record(e, chain.size(), anchor);
            }
        }
        if (!anyCandidate) {
            record(noIssuer(child), chain.size(), false);
        }
        return false;
    }

    /** Checks {@code candidate} as the issuer of the last certificate of the chain. */
    private void admit(Certificate candidate, boolean anchor) throws PathValidationException {
        if (!anchor) {
            checkDepth(candidate);
        }
        Optional<PathValidationException> profile = profiles.get(candidate);
        if (profile == null) {
            profile = profile(candidate, anchor ? Role.ANCHOR : Role.INTERMEDIATE);
            profiles.put(candidate, profile);
        }
        if (profile.isPresent()) {
            throw profile.get();
        }
        signatures.verify(chain.get(chain.size() - 1), candidate);
        checkValidity(candidate);
        checkPathLength(candidate);
        checkExtendedKeyUsage(candidate);
        Optional<NameConstraints> constraints = candidate.extensions().nameConstraints();
        if (constraints.isPresent()) {
            for (int i = 0; i < chain.size(); i++) {
                Certificate below = chain.get(i);
                // RFC 5280 §6.1.3 (b): name constraints skip self-issued certificates, except the last one.
                if (i == 0 || !below.isSelfIssued()) {
                    nameConstraints.check(candidate, constraints.get(), below);
                }
            }
        }
    }

    private Optional<PathValidationException> profile(Certificate ca, Role role) {
        try {
            CertificateRules.check(ca, role, parameters);
            CaRules.check(ca, role, parameters);
            return Optional.empty();
        } catch (PathValidationException e) {
            return Optional.of(e);
        }
    }

    private void checkDepth(Certificate candidate) throws PathValidationException {
        List<Certificate> below = chain.subList(1, chain.size());
        long selfIssued = below.stream().filter(Certificate::isSelfIssued).count() + (candidate.isSelfIssued() ? 1 : 0);
        long others = below.size() + 1 - selfIssued;
        if (others > parameters.maxChainDepth()) {
            throw Reject.because(PathFailure.CHAIN_TOO_LONG, candidate, "would be intermediate number " + others
                    + " of the path, more than the " + parameters.maxChainDepth() + " the validation allows");
        }
        if (selfIssued > MAX_SELF_ISSUED_INTERMEDIATES) {
            throw Reject.because(PathFailure.CHAIN_TOO_LONG, candidate, "would be self-issued intermediate number "
                    + selfIssued + " of the path, more than " + MAX_SELF_ISSUED_INTERMEDIATES);
        }
    }

    private void checkValidity(Certificate certificate) throws PathValidationException {
        // RFC 5280 §6.1.3 (a)(2): the validation time lies within the validity period, both ends included.
        if (!certificate.validity().contains(parameters.time())) {
            boolean expired = parameters.time().isAfter(certificate.validity().notAfter());
            throw Reject.because(expired ? PathFailure.EXPIRED : PathFailure.NOT_YET_VALID, certificate,
                    (expired ? "expired at " + certificate.validity().notAfter()
                            : "is not valid before " + certificate.validity().notBefore())
                            + " (validation time " + parameters.time() + ")");
        }
    }

    private void checkPathLength(Certificate ca) throws PathValidationException {
        Optional<Integer> limit = ca.extensions().basicConstraints().flatMap(BasicConstraints::pathLenConstraint);
        if (limit.isEmpty()) {
            return;
        }
        // RFC 5280 §4.2.1.9 and §6.1.4 (l)(m): count the non-self-issued intermediates below this CA.
        long below = chain.subList(1, chain.size()).stream().filter(c -> !c.isSelfIssued()).count();
        if (below > limit.get()) {
            throw Reject.because(PathFailure.PATH_LENGTH_EXCEEDED, ca, "allows " + limit.get()
                    + " intermediate CA(s) below it (pathLenConstraint), but the path has " + below);
        }
    }

    private void checkExtendedKeyUsage(Certificate ca) throws PathValidationException {
        Optional<ExtendedKeyUsage> eku = ca.extensions().extendedKeyUsage();
        // The web PKI reads a CA's extKeyUsage as a limit on the certificates below it (CA/Browser
        // Forum §7.1.2.2.4; Mozilla, Microsoft and Go do the same), which RFC 5280 leaves open.
        if (eku.isPresent() && !eku.get().contains(parameters.purpose().keyPurpose())
                && !eku.get().contains(Oids.ANY_EXTENDED_KEY_USAGE)) {
            throw Reject.because(PathFailure.EXTENDED_KEY_USAGE_NOT_ALLOWED, ca, "limits the certificates it issues to "
                    + "extKeyUsage " + Reject.cut(eku.get().purposes().toString()) + ", which does not allow " + parameters.purpose());
        }
    }

    /** Runs the revocation checks the parameters ask for on the complete path. */
    private boolean revocationHolds() throws PathValidationException {
        int checked = switch (parameters.crlCheck()) {
            case NONE -> 0;
            case LEAF -> 1;
            case CHAIN -> chain.size() - 1;
        };
        for (int i = 0; i < checked; i++) {
            revocation.check(chain.get(i), chain.get(i + 1));
        }
        return true;
    }

    /**
     * The candidates for the issuer of {@code child}: anchors, then pool certificates, each group
     * ordered by how well their subject key identifier matches the child's authority key identifier.
     */
    private List<Certificate> candidates(Certificate child) {
        Optional<Bytes> wanted = child.extensions().authorityKeyIdentifier().flatMap(aki -> aki.keyIdentifier());
        Comparator<Certificate> byKeyMatch = Comparator.comparingInt(candidate -> {
            Optional<Bytes> ski = candidate.extensions().subjectKeyIdentifier().map(SubjectKeyIdentifier::keyIdentifier);
            if (wanted.isEmpty() || ski.isEmpty()) {
                return 1;
            }
            return wanted.equals(ski) ? 0 : 2;
        });
        List<Certificate> anchors = new ArrayList<>(trust.anchorsNamed(child.issuer()));
        anchors.sort(byKeyMatch);
        List<Certificate> pooled = new ArrayList<>(pool.getOrDefault(child.issuer().key(), List.of()));
        pooled.sort(byKeyMatch);
        anchors.addAll(pooled);
        return anchors;
    }

    /** RFC 4158 §2.4.2: a certificate, or another with its subject and key, may appear on a path once. */
    private boolean closesLoop(Certificate candidate) {
        for (Certificate onPath : chain) {
            if (onPath.equals(candidate) || (onPath.subject().key().equals(candidate.subject().key())
                    && onPath.subjectPublicKeyInfo().encoded().equals(candidate.subjectPublicKeyInfo().encoded()))) {
                return true;
            }
        }
        return false;
    }

    private PathValidationException noIssuer(Certificate child) {
        if (child.isSelfIssued()) {
            return Reject.because(PathFailure.UNTRUSTED_ROOT, child, "is a self-signed certificate that is not in the trust store");
        }
        boolean nonCaInStore = trust.notAnchors().stream().anyMatch(c -> c.subject().matches(child.issuer()));
        if (nonCaInStore) {
            return Reject.because(PathFailure.UNKNOWN_ISSUER, child, "its issuer " + Reject.cut(child.issuer().toString())
                    + " is in the trust store but is not a CA certificate, and only CA certificates act as anchors");
        }
        if (child.equals(leaf) && trust.notAnchors().contains(leaf)) {
            return Reject.because(PathFailure.UNKNOWN_ISSUER, child, "is in the trust store, but only CA certificates act "
                    + "as anchors; to trust this one certificate, pin its fingerprint instead");
        }
        return Reject.because(PathFailure.UNKNOWN_ISSUER, child, "no trusted issuer for it (issuer " + Reject.cut(child.issuer().toString())
                + ") was found among the trust anchors or the intermediates"
                + (child.equals(leaf) ? " -- the peer may not have sent its intermediate certificate" : ""));
    }

    /**
     * Keeps the most informative failure: one met at a trust anchor (the path was complete but for
     * it) over any other, then the one furthest up its path, then the first.
     */
    private void record(PathValidationException failure, int depth, boolean atAnchor) {
        int rank = (atAnchor ? 1 << 16 : 0) + depth;
        if (rank > bestRank) {
            best = failure;
            bestRank = rank;
        }
    }
}
