package dev.parley.x509.testing;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Oids;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.der.BitString;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerWriter;
import dev.parley.x509.ext.Extension;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds certificate encodings field by field for tests, including encodings no CA would issue, so
 * that each rule of the parser can be shown to hold. The signature is filler: parsing never checks it.
 */
public final class CertificateBuilder {

    /** A P-256 SubjectPublicKeyInfo, from the checked-in ec-p-256 certificate's OpenSSL facts. */
    public static final Bytes P256_SPKI = Bytes.fromHex(TestData.facts("ec-p-256").get("spki"));

    private Optional<BigInteger> version = Optional.of(BigInteger.TWO);
    private BigInteger serial = BigInteger.valueOf(4096);
    private AlgorithmIdentifier innerAlgorithm = AlgorithmIdentifier.of(Oids.ECDSA_WITH_SHA256);
    private AlgorithmIdentifier outerAlgorithm = AlgorithmIdentifier.of(Oids.ECDSA_WITH_SHA256);
    private Bytes issuer = name("Test Issuer");
    private Bytes subject = name("Test Subject");
    private Consumer<DerWriter> validity = w -> w.sequence(v -> {
        v.utcTime(Instant.parse("2024-01-01T00:00:00Z"));
        v.utcTime(Instant.parse("2025-01-01T00:00:00Z"));
    });
    private Bytes spki = P256_SPKI;
    private Optional<Bytes> issuerUniqueId = Optional.empty();
    private Optional<Bytes> subjectUniqueId = Optional.empty();
    private Optional<Consumer<DerWriter>> extensions = Optional.empty();
    private Bytes trailing = Bytes.EMPTY;

    /** An encoded Name with one RDN holding a UTF8String commonName. */
    public static Bytes name(String commonName) {
        return Bytes.wrap(DerWriter.encode(w -> w.sequence(rdns -> rdns.set(rdn -> rdn.sequence(atv -> {
            atv.oid(Oids.COMMON_NAME);
            atv.string(DerTag.UTF8_STRING, commonName);
        })))));
    }

    /** The version INTEGER to encode in [0], or empty to omit the field. */
    public CertificateBuilder version(Optional<BigInteger> value) {
        this.version = value;
        return this;
    }

    public CertificateBuilder serial(BigInteger value) {
        this.serial = value;
        return this;
    }

    public CertificateBuilder algorithms(AlgorithmIdentifier inner, AlgorithmIdentifier outer) {
        this.innerAlgorithm = inner;
        this.outerAlgorithm = outer;
        return this;
    }

    public CertificateBuilder issuer(Bytes encodedName) {
        this.issuer = encodedName;
        return this;
    }

    public CertificateBuilder subject(Bytes encodedName) {
        this.subject = encodedName;
        return this;
    }

    public CertificateBuilder validity(Consumer<DerWriter> encodedValidity) {
        this.validity = encodedValidity;
        return this;
    }

    public CertificateBuilder subjectPublicKeyInfo(Bytes encoded) {
        this.spki = encoded;
        return this;
    }

    /** Unique identifier BIT STRING contents (unused-bits octet first). */
    public CertificateBuilder uniqueIds(Optional<Bytes> issuerId, Optional<Bytes> subjectId) {
        this.issuerUniqueId = issuerId;
        this.subjectUniqueId = subjectId;
        return this;
    }

    /** Extensions written in order inside {@code [3] EXPLICIT SEQUENCE}. */
    public CertificateBuilder extensions(List<Extension> list) {
        List<Extension> copy = new ArrayList<>(list);
        this.extensions = Optional.of(w -> w.sequence(seq -> copy.forEach(e -> e.write(seq))));
        return this;
    }

    /** The content of {@code [3]}, written as given. */
    public CertificateBuilder rawExtensions(Consumer<DerWriter> content) {
        this.extensions = Optional.of(content);
        return this;
    }

    /** Octets appended after the Certificate SEQUENCE. */
    public CertificateBuilder trailing(Bytes octets) {
        this.trailing = octets;
        return this;
    }

    public byte[] build() {
        byte[] certificate = DerWriter.encode(w -> w.sequence(cert -> {
            cert.sequence(this::writeTbs);
            outerAlgorithm.write(cert);
            cert.bitString(BitString.of(Bytes.wrap(new byte[64])));
        }));
        return Bytes.wrap(certificate).concat(trailing).toByteArray();
    }

    private void writeTbs(DerWriter tbs) {
        version.ifPresent(v -> tbs.explicit(0, x -> x.integer(v)));
        tbs.integer(serial);
        innerAlgorithm.write(tbs);
        tbs.raw(issuer);
        validity.accept(tbs);
        tbs.raw(subject);
        tbs.raw(spki);
        issuerUniqueId.ifPresent(id -> tbs.element(DerTag.contextPrimitive(1), id));
        subjectUniqueId.ifPresent(id -> tbs.element(DerTag.contextPrimitive(2), id));
        extensions.ifPresent(e -> tbs.explicit(3, e));
    }
}
