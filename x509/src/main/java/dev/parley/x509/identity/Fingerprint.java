package dev.parley.x509.identity;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.ConstantTime;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.Hash;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.x509.Certificate;
import java.util.Objects;

/**
 * A certificate or public-key fingerprint in IO::Socket::SSL's text forms ({@code SSL_fingerprint},
 * {@code get_fingerprint}): {@code algo$hex} is the digest of the whole certificate's DER, and
 * {@code algo$pub$hex} the digest of its public key.
 *
 * <p>The public-key form hashes what OpenSSL's {@code X509_pubkey_digest} hashes, and so what
 * IO::Socket::SSL prints: the <em>contents of the subjectPublicKey BIT STRING</em> of the
 * SubjectPublicKeyInfo (RFC 5280 §4.1.2.7) without its unused-bits octet, e.g. the 65-octet point
 * of a P-256 key or the RSAPublicKey DER of an RSA key. It is not the digest of the whole
 * SubjectPublicKeyInfo (which HPKP's {@code pin-sha256} uses); a pin taken from IO::Socket::SSL
 * or from {@code openssl x509 -pubkey} piped through {@code openssl asn1parse -strparse} fits.
 *
 * <p>Text is read leniently, as IO::Socket::SSL reads it: any case, {@code :} between digits,
 * and the algorithm may be left out when the digest length names it (40 hex digits: sha1, 64:
 * sha256, 96: sha384, 128: sha512; IO::Socket::SSL 2.064 guesses sha1 and sha256 only).
 * Algorithms are sha1, sha256, sha384 and sha512, also written {@code sha-256} or {@code sha2-256}.
 */
public final class Fingerprint {

    /** What the digest covers. */
    public enum Target {
        /** The DER of the whole certificate. */
        CERTIFICATE,
        /** The subjectPublicKey bits of the certificate's SubjectPublicKeyInfo. */
        PUBLIC_KEY
    }

    private static final int MAX_TEXT_LENGTH = 512;

    private final HashAlgorithm algorithm;
    private final Target target;
    private final Bytes digest;

    private Fingerprint(HashAlgorithm algorithm, Target target, Bytes digest) {
        this.algorithm = algorithm;
        this.target = target;
        this.digest = digest;
    }

    /** A fingerprint from its parts; the digest length must be the algorithm's output length. */
    public static Fingerprint of(HashAlgorithm algorithm, Target target, Bytes digest) {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(target, "target");
        if (digest.length() != algorithm.outputLength()) {
            throw new IllegalArgumentException(algorithm.standardName() + " digests have "
                    + algorithm.outputLength() + " octets, not " + digest.length());
        }
        return new Fingerprint(algorithm, target, digest);
    }

    /** The fingerprint of a certificate: {@code algorithm} over its whole DER encoding. */
    public static Fingerprint of(byte[] certificateDer, HashAlgorithm algorithm, CryptoProvider crypto) {
        return new Fingerprint(algorithm, Target.CERTIFICATE, digest(crypto, algorithm, certificateDer));
    }

    /**
     * The fingerprint of a certificate with the algorithm given by name ({@code sha256}, ...).
     *
     * @throws IllegalArgumentException for an algorithm other than sha1, sha256, sha384, sha512
     */
    public static Fingerprint of(byte[] certificateDer, String algorithmName, CryptoProvider crypto) {
        return of(certificateDer, algorithmNamed(algorithmName), crypto);
    }

    /**
     * The fingerprint of a public key: {@code algorithm} over the contents of the subjectPublicKey
     * BIT STRING (without the unused-bits octet), as IO::Socket::SSL computes {@code algo$pub$hex}.
     */
    public static Fingerprint ofPublicKey(byte[] subjectPublicKey, HashAlgorithm algorithm, CryptoProvider crypto) {
        return new Fingerprint(algorithm, Target.PUBLIC_KEY, digest(crypto, algorithm, subjectPublicKey));
    }

    /**
     * Reads {@code algo$hex}, {@code algo$pub$hex}, {@code hex} or {@code pub$hex}.
     *
     * @throws IdentityFormatException if the text is in none of these forms, names an unknown
     *         algorithm, or has a digest of the wrong length
     */
    public static Fingerprint parse(String text) throws IdentityFormatException {
        String body = text.strip();
        if (body.isEmpty() || body.length() > MAX_TEXT_LENGTH) {
            throw new IdentityFormatException("a fingerprint must be 'algo$hex' or 'algo$pub$hex'");
        }
        String[] parts = body.split("\\$", -1);
        if (parts.length > 3) {
            throw new IdentityFormatException("too many '$' in fingerprint '" + body + "'");
        }
        String hex = parts[parts.length - 1];
        boolean publicKey = parts.length >= 2 && DomainLabels.asciiLowerCase(parts[parts.length - 2]).equals("pub");
        if (parts.length == 3 && !publicKey) {
            throw new IdentityFormatException("expected 'algo$pub$hex' in fingerprint '" + body + "'");
        }
        String algorithmText = parts.length == 3 || (parts.length == 2 && !publicKey) ? parts[0] : null;
        Bytes digest = hexDigest(hex, body);
        HashAlgorithm algorithm;
        if (algorithmText == null) {
            algorithm = algorithmForLength(digest.length(), body);
        } else {
            try {
                algorithm = algorithmNamed(algorithmText);
            } catch (IllegalArgumentException e) {
                throw new IdentityFormatException(e.getMessage() + " in fingerprint '" + body + "'");
            }
        }
        if (digest.length() != algorithm.outputLength()) {
            throw new IdentityFormatException("a " + canonicalName(algorithm) + " fingerprint has "
                    + 2 * algorithm.outputLength() + " hex digits: '" + body + "'");
        }
        return new Fingerprint(algorithm, publicKey ? Target.PUBLIC_KEY : Target.CERTIFICATE, digest);
    }

    /**
     * The hash algorithm IO::Socket::SSL's name stands for, ignoring case and one hyphen:
     * sha1/sha-1, sha256/sha-256/sha2-256, sha384, sha512.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static HashAlgorithm algorithmNamed(String name) {
        return switch (DomainLabels.asciiLowerCase(name)) {
            case "sha1", "sha-1" -> HashAlgorithm.SHA1;
            case "sha256", "sha-256", "sha2-256" -> HashAlgorithm.SHA256;
            case "sha384", "sha-384", "sha2-384" -> HashAlgorithm.SHA384;
            case "sha512", "sha-512", "sha2-512" -> HashAlgorithm.SHA512;
            default -> throw new IllegalArgumentException("unknown fingerprint algorithm '" + name
                    + "'; use sha1, sha256, sha384 or sha512");
        };
    }

    /**
     * Whether this fingerprint is that of the given certificate (or of its public key, for a
     * {@link Target#PUBLIC_KEY} fingerprint).
     *
     * @param certificateDer   the certificate's DER encoding
     * @param subjectPublicKey the contents of its subjectPublicKey BIT STRING
     */
    public boolean matches(byte[] certificateDer, byte[] subjectPublicKey, CryptoProvider crypto) {
        byte[] input = target == Target.CERTIFICATE ? certificateDer : subjectPublicKey;
        return matchesDigest(digest(crypto, algorithm, input));
    }

    /** Whether this fingerprint is that of {@code certificate} (or of its public key). */
    public boolean matches(Certificate certificate, CryptoProvider crypto) {
        return matches(certificate.encoded().toByteArray(),
                certificate.subjectPublicKeyInfo().subjectPublicKey().bytes().toByteArray(), crypto);
    }

    /** Whether {@code computed} is this fingerprint's digest. */
    boolean matchesDigest(Bytes computed) {
        // Security: compare in constant time, so timing reveals nothing about how much of a
        // pinned digest an attacker's certificate got right.
        return ConstantTime.areEqual(computed.toByteArray(), digest.toByteArray());
    }

    static Bytes digest(CryptoProvider crypto, HashAlgorithm algorithm, byte[] input) {
        Hash hash = crypto.hash(algorithm);
        hash.update(input);
        return Bytes.wrap(hash.digest());
    }

    public HashAlgorithm algorithm() {
        return algorithm;
    }

    public Target target() {
        return target;
    }

    public Bytes digest() {
        return digest;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint other && algorithm == other.algorithm && target == other.target
                && digest.equals(other.digest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(algorithm, target, digest);
    }

    /** IO::Socket::SSL's form: {@code sha256$ab12...} or {@code sha256$pub$ab12...}, lower case. */
    @Override
    public String toString() {
        return canonicalName(algorithm) + "$" + (target == Target.PUBLIC_KEY ? "pub$" : "") + digest.toHex();
    }

    private static String canonicalName(HashAlgorithm algorithm) {
        return switch (algorithm) {
            case SHA1 -> "sha1";
            case SHA256 -> "sha256";
            case SHA384 -> "sha384";
            case SHA512 -> "sha512";
        };
    }

    private static Bytes hexDigest(String hex, String body) throws IdentityFormatException {
        StringBuilder digits = new StringBuilder(hex.length());
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (c == ':') {
                continue;
            }
            boolean isHex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!isHex) {
                throw new IdentityFormatException("'" + c + "' is no hex digit in fingerprint '" + body + "'");
            }
            digits.append(c);
        }
        if (digits.length() == 0 || digits.length() % 2 != 0) {
            throw new IdentityFormatException("a fingerprint needs an even, non-zero number of hex digits: '"
                    + body + "'");
        }
        return Bytes.fromHex(digits.toString());
    }

    private static HashAlgorithm algorithmForLength(int octets, String body) throws IdentityFormatException {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            if (algorithm.outputLength() == octets) {
                return algorithm;
            }
        }
        throw new IdentityFormatException("cannot tell the algorithm from " + 2 * octets
                + " hex digits; write 'sha256$...' : '" + body + "'");
    }
}
