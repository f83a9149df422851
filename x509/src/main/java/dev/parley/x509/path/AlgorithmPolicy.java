package dev.parley.x509.path;

import dev.parley.crypto.SignatureAlgorithm;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which signature algorithms may sign the certificates of a path (and the CRLs checked with it),
 * and how long an RSA key must be.
 *
 * <p>{@link #DEFAULT} allows every algorithm Parley implements except those over SHA-1, whose
 * collisions are practical (SHAttered, 2017; the CA/Browser Forum stopped SHA-1 issuance in 2016),
 * and asks for RSA moduli of 2048 bits or more (CA/Browser Forum baseline requirements §6.1.5).
 * MD5 and MD2 are not even implemented. A trust anchor's own self-signature is never checked, so
 * an old root signed with SHA-1 still serves as an anchor.
 *
 * @param allowedSignatures the algorithms that may sign certificates and CRLs
 * @param minimumRsaModulusBits the smallest RSA modulus accepted in any certificate of the path
 */
public record AlgorithmPolicy(Set<SignatureAlgorithm> allowedSignatures, int minimumRsaModulusBits) {

    /** Everything except SHA-1; RSA keys of at least 2048 bits. */
    public static final AlgorithmPolicy DEFAULT = new AlgorithmPolicy(
            EnumSet.complementOf(EnumSet.of(SignatureAlgorithm.ECDSA_SHA1, SignatureAlgorithm.RSA_PKCS1_SHA1)), 2048);

    public AlgorithmPolicy {
        allowedSignatures = Set.copyOf(Objects.requireNonNull(allowedSignatures, "allowedSignatures"));
        if (minimumRsaModulusBits < 1024) {
            throw new IllegalArgumentException("RSA keys below 1024 bits are never acceptable: " + minimumRsaModulusBits);
        }
    }

    /** Whether {@code algorithm} may sign a certificate or CRL. */
    public boolean allows(SignatureAlgorithm algorithm) {
        return allowedSignatures.contains(algorithm);
    }

    /**
     * This policy with SHA-1 signatures allowed again. Insecure: a SHA-1 chosen-prefix collision
     * lets an attacker turn one certificate a CA signs into a different one. Only for closed legacy
     * deployments that cannot reissue.
     */
    public AlgorithmPolicy insecureAllowSha1() {
        EnumSet<SignatureAlgorithm> allowed = EnumSet.of(SignatureAlgorithm.ECDSA_SHA1, SignatureAlgorithm.RSA_PKCS1_SHA1);
        allowed.addAll(allowedSignatures);
        return new AlgorithmPolicy(allowed, minimumRsaModulusBits);
    }

    /** This policy with another minimum RSA modulus length (at least 1024 bits). */
    public AlgorithmPolicy withMinimumRsaModulusBits(int bits) {
        return new AlgorithmPolicy(allowedSignatures, bits);
    }
}
