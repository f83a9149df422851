package dev.parley.x509.path;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.PublicKey;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.SignatureVerifier;
import dev.parley.x509.Certificate;
import dev.parley.x509.Oids;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.algorithm.RsaPssParameters;
import dev.parley.x509.der.BitString;
import dev.parley.x509.der.ObjectIdentifier;
import dev.parley.x509.key.SubjectPublicKeyInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies the signatures of one validation (RFC 5280 §6.1.3 (a)(1)): a certificate, or a CRL,
 * against the key of the certificate that issued it, under the validation's algorithm policy.
 *
 * <p>Each distinct (key, signed object) pair is verified once: outcomes are cached, so
 * backtracking over the same links costs nothing. Verifications that reach the crypto provider
 * spend a budget; when it runs out the whole validation stops, so that a hostile pool of
 * certificates that all seem to issue each other cannot make path building verify signatures
 * without end.
 */
final class SignatureChecker {

    /** Digests whose collisions are practical; signatures over them are named weak, not unknown. */
    private static final Set<ObjectIdentifier> BROKEN = Set.of(Oids.MD5_WITH_RSA_ENCRYPTION,
            ObjectIdentifier.of("1.2.840.113549.1.1.2"), ObjectIdentifier.of("1.2.840.113549.1.1.3"));

    private record Link(Bytes issuerKey, Bytes signed) {
    }

    private final CryptoProvider crypto;
    private final AlgorithmPolicy policy;
    private final int budget;
    private final Map<Link, Optional<PathValidationException>> outcomes = new HashMap<>();
    private int spent;

    SignatureChecker(CryptoProvider crypto, AlgorithmPolicy policy, int budget) {
        this.crypto = crypto;
        this.policy = policy;
        this.budget = budget;
    }

    /** The verifications that reached the crypto provider so far. */
    int spent() {
        return spent;
    }

    /** Verifies that {@code issuer}'s key signed {@code certificate}. */
    void verify(Certificate certificate, Certificate issuer) throws PathValidationException {
        verify(new Signed("certificate", certificate, certificate.encoded(), certificate.tbsCertificate(),
                certificate.signatureAlgorithm(), certificate.supportedSignatureAlgorithm(), certificate.signatureValue()),
                issuer);
    }

    /**
     * Verifies one signed object: its octets, its algorithm and signature, and the certificate
     * failures concern (for a CRL, the certificate whose revocation it decides).
     */
    record Signed(String kind, Certificate concerned, Bytes encoded, Bytes tbs, AlgorithmIdentifier identifier,
                  Optional<SignatureAlgorithm> algorithm, BitString signature) {
    }

    void verify(Signed signed, Certificate issuer) throws PathValidationException {
        Link link = new Link(issuer.subjectPublicKeyInfo().encoded(), signed.encoded());
        Optional<PathValidationException> cached = outcomes.get(link);
        if (cached == null) {
            cached = check(signed, issuer);
            outcomes.put(link, cached);
        }
        if (cached.isPresent()) {
            throw cached.get();
        }
    }

    private Optional<PathValidationException> check(Signed signed, Certificate issuer) throws PathValidationException {
        Certificate concerned = signed.concerned();
        if (signed.algorithm().isEmpty()) {
            boolean broken = BROKEN.contains(signed.identifier().algorithm());
            return Optional.of(Reject.because(broken ? PathFailure.WEAK_ALGORITHM : PathFailure.UNSUPPORTED_ALGORITHM,
                    concerned, "its " + signed.kind() + " is signed with " + signed.identifier()
                            + (broken ? ", a broken algorithm" : ", which Parley does not implement")));
        }
        SignatureAlgorithm algorithm = signed.algorithm().get();
        if (!policy.allows(algorithm)) {
            return Optional.of(Reject.because(PathFailure.WEAK_ALGORITHM, concerned, "its " + signed.kind()
                    + " is signed with " + algorithm + ", which the algorithm policy refuses"));
        }
        Optional<PublicKey> key = issuer.publicKey();
        if (key.isEmpty()) {
            return Optional.of(Reject.because(PathFailure.UNSUPPORTED_KEY, issuer, "has a key Parley cannot use: "
                    + issuer.subjectPublicKeyInfo().unsupportedReason().orElse("unsupported algorithm")));
        }
        Optional<String> mismatch = keyMismatch(algorithm, key.get(), issuer.subjectPublicKeyInfo());
        if (mismatch.isPresent()) {
            return Optional.of(Reject.because(PathFailure.BAD_SIGNATURE, concerned, "its " + signed.kind() + " is signed with "
                    + algorithm + ", but " + mismatch.get()));
        }
        if (!signed.signature().isOctetAligned()) {
            return Optional.of(Reject.because(PathFailure.BAD_SIGNATURE, concerned, "its " + signed.kind()
                    + " signature is not a whole number of octets"));
        }
        spend(concerned);
        SignatureVerifier verifier;
        try {
            verifier = crypto.verifier(algorithm, key.get());
        } catch (CryptoException e) {
            return Optional.of(Reject.because(PathFailure.INVALID_PUBLIC_KEY, issuer, "its public key cannot verify "
                    + algorithm + " signatures: " + e.getMessage()));
        }
        if (!verifier.verify(signed.tbs().toByteArray(), signed.signature().bytes().toByteArray())) {
            return Optional.of(Reject.because(PathFailure.BAD_SIGNATURE, concerned, "the signature on its " + signed.kind()
                    + " does not verify with the key of " + Reject.name(issuer)));
        }
        return Optional.empty();
    }

    private void spend(Certificate concerned) throws PathValidationException {
        if (++spent > budget) {
            throw Reject.because(PathFailure.SIGNATURE_CHECK_LIMIT_EXCEEDED, concerned,
                    "validation needed more than " + budget + " signature verifications; the chain offers too many candidate issuers");
        }
    }

    /** Why {@code key} cannot have made an {@code algorithm} signature, if it cannot. */
    private static Optional<String> keyMismatch(SignatureAlgorithm algorithm, PublicKey key, SubjectPublicKeyInfo spki) {
        if (algorithm.keyType() != key.type()) {
            return Optional.of("the issuer's key is " + key.type());
        }
        if (!spki.algorithm().algorithm().equals(Oids.RSASSA_PSS)) {
            return Optional.empty();
        }
        // RFC 4055 §1.2: an id-RSASSA-PSS key signs with RSASSA-PSS only, and within its parameters.
        Optional<SignatureAlgorithm> restricted = spki.rsaPssParameters().flatMap(RsaPssParameters::signatureAlgorithm);
        boolean pss = algorithm == SignatureAlgorithm.RSA_PSS_SHA256 || algorithm == SignatureAlgorithm.RSA_PSS_SHA384
                || algorithm == SignatureAlgorithm.RSA_PSS_SHA512;
        if (!pss || (spki.rsaPssParameters().isPresent() && !restricted.equals(Optional.of(algorithm)))) {
            return Optional.of("the issuer's key is restricted to RSASSA-PSS " + spki.rsaPssParameters().map(Object::toString).orElse(""));
        }
        return Optional.empty();
    }
}
