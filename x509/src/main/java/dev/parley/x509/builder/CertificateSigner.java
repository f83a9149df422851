package dev.parley.x509.builder;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoException;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.EcPrivateKey;
import dev.parley.crypto.Hash;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.KeyType;
import dev.parley.crypto.PrivateKey;
import dev.parley.crypto.PublicKey;
import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.crypto.Signer;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.algorithm.SignatureAlgorithms;
import dev.parley.x509.der.BitString;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.ext.BasicConstraints;
import dev.parley.x509.ext.Extension;
import dev.parley.x509.ext.Extensions;
import dev.parley.x509.ext.KeyUsage;
import dev.parley.x509.ext.SubjectKeyIdentifier;
import dev.parley.x509.key.CertifiedKey;
import dev.parley.x509.key.SubjectPublicKeyInfo;
import dev.parley.x509.name.Name;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one {@link CertificateBuilder}'s settings into a signed certificate: the TBSCertificate
 * of RFC 5280 §4.1 in DER, signed by the issuer's key, then read back through
 * {@link Certificate#parse} and its signature verified, so that nothing malformed leaves.
 */
final class CertificateSigner {

    private final CertificateBuilder settings;
    private final CryptoProvider crypto;

    CertificateSigner(CertificateBuilder settings, CryptoProvider crypto) {
        this.settings = settings;
        this.crypto = crypto;
    }

    CertifiedKey selfSigned() {
        PrivateKey key = settings.key.orElseGet(() -> settings.keySpec.generate(crypto));
        SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.of(publicKeyOf(key));
        Certificate certificate = sign(spki, settings.subject, key, spki, Optional.empty());
        return certified(List.of(certificate), key);
    }

    CertifiedKey signedBy(CertifiedKey issuer) {
        Certificate issuerCertificate = issuer.certificate();
        checkIssuer(issuerCertificate);
        PrivateKey key = settings.key.orElseGet(() -> settings.keySpec.generate(crypto));
        SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.of(publicKeyOf(key));
        Bytes authorityKeyId = issuerCertificate.extensions().subjectKeyIdentifier()
                .map(SubjectKeyIdentifier::keyIdentifier)
                .orElseGet(() -> keyIdentifier(issuerCertificate.subjectPublicKeyInfo()));
        Certificate certificate = sign(spki, issuerCertificate.subject(), issuer.privateKey(),
                issuerCertificate.subjectPublicKeyInfo(), Optional.of(authorityKeyId));
        List<Certificate> chain = new ArrayList<>(List.of(certificate));
        chain.addAll(issuer.chain());
        return certified(chain, key);
    }

    private Certificate sign(SubjectPublicKeyInfo subjectKey, Name issuer, PrivateKey issuerKey,
                             SubjectPublicKeyInfo issuerSpki, Optional<Bytes> authorityKeyId) {
        SignatureAlgorithm algorithm = settings.signatureAlgorithm.orElseGet(() -> defaultAlgorithm(issuerKey));
        if (algorithm.keyType() != issuerKey.type()) {
            throw new IllegalArgumentException(algorithm + " does not fit the issuer's " + issuerKey.type() + " key");
        }
        AlgorithmIdentifier signatureId = SignatureAlgorithms.identifier(algorithm);
        Instant notBefore = settings.notBefore.orElseGet(
                () -> settings.clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS));
        Instant notAfter = settings.notAfter.orElseGet(() -> notBefore.plus(1, ChronoUnit.HOURS).plus(settings.lifetime));
        List<Extension> extensions = extensions(subjectKey, authorityKeyId);
        byte[] tbs = DerWriter.encode(w -> w.sequence(t -> {
            // RFC 5280 §4.1.2.1: version 3, because there are extensions.
            t.explicit(0, v -> v.integer(2));
            t.integer(settings.serialNumber.orElseGet(this::randomSerial));
            signatureId.write(t);
            t.raw(issuer.encoded());
            t.sequence(validity -> {
                validity.time(notBefore);
                validity.time(notAfter);
            });
            t.raw(settings.subject.encoded());
            t.raw(subjectKey.encoded());
            t.explicit(3, e -> e.sequence(list -> extensions.forEach(x -> x.write(list))));
        }));
        byte[] signature = signer(algorithm, issuerKey).sign(tbs);
        byte[] der = DerWriter.encode(w -> w.sequence(c -> {
            c.raw(Bytes.wrap(tbs));
            signatureId.write(c);
            c.bitString(BitString.of(Bytes.wrap(signature)));
        }));
        Certificate certificate;
        try {
            certificate = Certificate.parse(der);
        } catch (X509Exception e) {
            throw new IllegalArgumentException("the certificate does not parse: " + e.getMessage(), e);
        }
        verify(certificate, algorithm, issuerSpki);
        return certificate;
    }

    private List<Extension> extensions(SubjectPublicKeyInfo subjectKey, Optional<Bytes> authorityKeyId) {
        boolean ca = settings.kind != CertificateBuilder.Kind.LEAF;
        List<Extension> extensions = new ArrayList<>();
        extensions.add(ExtensionWriter.basicConstraints(ca, ca ? settings.pathLength : Optional.empty()));
        extensions.add(ExtensionWriter.keyUsage(settings.keyUsage.orElseGet(() -> defaultKeyUsage(ca, subjectKey))));
        if (!settings.extendedKeyUsage.isEmpty()) {
            extensions.add(ExtensionWriter.extendedKeyUsage(settings.extendedKeyUsage));
        }
        extensions.add(ExtensionWriter.subjectKeyIdentifier(keyIdentifier(subjectKey)));
        authorityKeyId.ifPresent(id -> extensions.add(ExtensionWriter.authorityKeyIdentifier(id)));
        if (!settings.subjectAltNames.isEmpty()) {
            extensions.add(ExtensionWriter.subjectAltName(settings.subjectAltNames, settings.subject.isEmpty()));
        } else if (settings.subject.isEmpty()) {
            // RFC 5280 §4.1.2.6: an empty subject needs its identity in subjectAltName.
            throw new IllegalArgumentException("a certificate with an empty subject needs subject alternative names");
        }
        if (!settings.ocspUrls.isEmpty() || !settings.caIssuersUrls.isEmpty()) {
            extensions.add(ExtensionWriter.authorityInformationAccess(settings.ocspUrls, settings.caIssuersUrls));
        }
        if (!settings.crlUrls.isEmpty()) {
            extensions.add(ExtensionWriter.crlDistributionPoints(settings.crlUrls));
        }
        extensions.addAll(settings.extraExtensions);
        try {
            // Refuses a caller's extension that repeats one of ours (RFC 5280 §4.2) before anything is signed.
            Extensions.of(extensions);
        } catch (X509Exception e) {
            throw new IllegalArgumentException("the extensions are not valid: " + e.getMessage(), e);
        }
        return extensions;
    }

    private static Set<KeyUsage.Bit> defaultKeyUsage(boolean ca, SubjectPublicKeyInfo subjectKey) {
        if (ca) {
            return EnumSet.of(KeyUsage.Bit.DIGITAL_SIGNATURE, KeyUsage.Bit.KEY_CERT_SIGN, KeyUsage.Bit.CRL_SIGN);
        }
        boolean rsa = subjectKey.publicKey().map(k -> k.type() == KeyType.RSA).orElse(false);
        return rsa ? EnumSet.of(KeyUsage.Bit.DIGITAL_SIGNATURE, KeyUsage.Bit.KEY_ENCIPHERMENT)
                : EnumSet.of(KeyUsage.Bit.DIGITAL_SIGNATURE);
    }

    /** RFC 5280 §4.2.1.2, method (1): the SHA-1 of the subjectPublicKey BIT STRING's value. */
    private Bytes keyIdentifier(SubjectPublicKeyInfo spki) {
        Hash sha1 = crypto.hash(HashAlgorithm.SHA1);
        sha1.update(spki.subjectPublicKey().bytes().toByteArray());
        return Bytes.wrap(sha1.digest());
    }

    /** PKCS #1 v1.5 with SHA-256 for RSA; for ECDSA the hash that matches the curve's strength; EdDSA as it is. */
    private static SignatureAlgorithm defaultAlgorithm(PrivateKey key) {
        return switch (key.type()) {
            case RSA -> SignatureAlgorithm.RSA_PKCS1_SHA256;
            case EC -> switch (((EcPrivateKey) key).curve()) {
                case SECP256R1 -> SignatureAlgorithm.ECDSA_SHA256;
                case SECP384R1 -> SignatureAlgorithm.ECDSA_SHA384;
                case SECP521R1 -> SignatureAlgorithm.ECDSA_SHA512;
            };
            case ED25519 -> SignatureAlgorithm.ED25519;
            case ED448 -> SignatureAlgorithm.ED448;
        };
    }

    private void checkIssuer(Certificate issuer) {
        boolean ca = issuer.extensions().basicConstraints().map(BasicConstraints::ca).orElse(false);
        boolean mayCertify = issuer.extensions().keyUsage().map(k -> k.allows(KeyUsage.Bit.KEY_CERT_SIGN)).orElse(true);
        // RFC 5280 §4.2.1.9 and §4.2.1.3: only a CA whose key may sign certificates issues them.
        if (!ca || !mayCertify) {
            throw new IllegalArgumentException("the issuer " + issuer.subject() + " is not a CA allowed to sign certificates");
        }
    }

    /** RFC 5280 §4.1.2.2: positive, at most 20 octets; 16 random octets with the top bit clear. */
    private BigInteger randomSerial() {
        byte[] octets = crypto.random().bytes(16);
        octets[0] &= 0x7F;
        BigInteger serial = new BigInteger(1, octets);
        return serial.signum() == 0 ? BigInteger.ONE : serial;
    }

    private Signer signer(SignatureAlgorithm algorithm, PrivateKey key) {
        try {
            return crypto.signer(algorithm, key);
        } catch (CryptoException e) {
            throw new IllegalArgumentException("the issuer's key cannot sign with " + algorithm + ": " + e.getMessage(), e);
        }
    }

    private void verify(Certificate certificate, SignatureAlgorithm algorithm, SubjectPublicKeyInfo issuerSpki) {
        PublicKey issuerKey = issuerSpki.publicKey().orElseThrow(
                () -> new IllegalArgumentException("the issuer's key is of an unsupported algorithm"));
        try {
            boolean valid = crypto.verifier(algorithm, issuerKey)
                    .verify(certificate.tbsCertificate().toByteArray(), certificate.signatureValue().bytes().toByteArray());
            if (!valid) {
                throw new IllegalArgumentException("the issuer's key does not match its certificate: the signature does not verify");
            }
        } catch (CryptoException e) {
            throw new IllegalArgumentException("the issuer's key cannot verify " + algorithm + ": " + e.getMessage(), e);
        }
    }

    private PublicKey publicKeyOf(PrivateKey key) {
        try {
            return crypto.publicKeyOf(key);
        } catch (CryptoException e) {
            throw new IllegalArgumentException("not a usable private key: " + e.getMessage(), e);
        }
    }

    private CertifiedKey certified(List<Certificate> chain, PrivateKey key) {
        try {
            return CertifiedKey.of(chain, key, crypto);
        } catch (X509Exception e) {
            throw new IllegalStateException("the new certificate does not match its own key", e);
        }
    }
}
