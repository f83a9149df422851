package dev.parley.x509;

import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.algorithm.SignatureAlgorithms;
import dev.parley.x509.der.BitString;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerValue;
import dev.parley.x509.ext.Extensions;
import dev.parley.x509.key.SubjectPublicKeyInfo;
import dev.parley.x509.name.Name;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads the Certificate and TBSCertificate structures of RFC 5280 §4.1, field by field, in the
 * order of the ASN.1:
 *
 * <pre>
 * Certificate ::= SEQUENCE { tbsCertificate TBSCertificate, signatureAlgorithm AlgorithmIdentifier,
 *                            signatureValue BIT STRING }
 * TBSCertificate ::= SEQUENCE {
 *     version         [0] EXPLICIT Version DEFAULT v1,
 *     serialNumber         CertificateSerialNumber,
 *     signature            AlgorithmIdentifier,
 *     issuer               Name,
 *     validity             Validity,
 *     subject              Name,
 *     subjectPublicKeyInfo SubjectPublicKeyInfo,
 *     issuerUniqueID  [1] IMPLICIT UniqueIdentifier OPTIONAL,
 *     subjectUniqueID [2] IMPLICIT UniqueIdentifier OPTIONAL,
 *     extensions      [3] EXPLICIT Extensions OPTIONAL }
 * </pre>
 */
final class CertificateParser {

    private CertificateParser() {
    }

    static Certificate parse(byte[] der) throws X509Exception {
        DerReader in = DerReader.of(der, Certificate.MAX_ENCODED_LENGTH);
        DerValue certificateValue = in.read(DerTag.SEQUENCE, "Certificate");
        in.expectEnd("Certificate");
        DerReader certificate = in.contentOf(certificateValue);
        DerValue tbsValue = certificate.read(DerTag.SEQUENCE, "tbsCertificate");
        AlgorithmIdentifier outerAlgorithm = AlgorithmIdentifier.read(certificate, "signatureAlgorithm");
        BitString signatureValue = certificate.bitString("signatureValue");
        certificate.expectEnd("Certificate");

        DerReader tbs = certificate.contentOf(tbsValue);
        CertificateVersion version = version(tbs);
        BigInteger serialNumber = tbs.integer("serialNumber");
        // RFC 5280 §4.1.2.2: the serial number is a non-negative integer. Zero and serials over 20
        // octets are left to the path validator, as pyca/cryptography and Go leave them.
        if (serialNumber.signum() < 0) {
            throw new X509Exception(X509Failure.NEGATIVE_SERIAL_NUMBER, "serialNumber " + serialNumber + " is negative");
        }
        AlgorithmIdentifier innerAlgorithm = AlgorithmIdentifier.read(tbs, "signature");
        // RFC 5280 §4.1.1.2: signatureAlgorithm MUST contain the same identifier as TBSCertificate.signature.
        if (!innerAlgorithm.equals(outerAlgorithm)) {
            throw new X509Exception(X509Failure.SIGNATURE_ALGORITHM_MISMATCH,
                    "signatureAlgorithm " + outerAlgorithm + " differs from tbsCertificate.signature " + innerAlgorithm);
        }
        Name issuer = readName(tbs, "issuer");
        Validity validity = validity(tbs);
        Name subject = readName(tbs, "subject");
        SubjectPublicKeyInfo publicKeyInfo = SubjectPublicKeyInfo.read(tbs);
        Optional<BitString> issuerUniqueId = uniqueId(tbs, 1, "issuerUniqueID", version);
        Optional<BitString> subjectUniqueId = uniqueId(tbs, 2, "subjectUniqueID", version);
        Extensions extensions = extensions(tbs, version);
        tbs.expectEnd("tbsCertificate");

        Optional<SignatureAlgorithm> algorithm;
        try {
            algorithm = SignatureAlgorithms.fromIdentifier(outerAlgorithm);
        } catch (X509Exception e) {
            throw e.within("signatureAlgorithm");
        }
        return new Certificate(certificateValue.encoded(), tbsValue.encoded(), version, serialNumber, outerAlgorithm,
                algorithm, issuer, validity, subject, publicKeyInfo, issuerUniqueId, subjectUniqueId, extensions,
                signatureValue);
    }

    private static CertificateVersion version(DerReader tbs) throws X509Exception {
        Optional<DerReader> field = tbs.optionalConstructed(DerTag.contextConstructed(0), "version");
        if (field.isEmpty()) {
            return CertificateVersion.V1;
        }
        BigInteger value = field.get().integer("version");
        field.get().expectEnd("version");
        if (value.signum() == 0) {
            // X.690 §11.5: version DEFAULT v1 is omitted when it is v1.
            throw new X509Exception(X509Failure.DEFAULT_VALUE_ENCODED, "version encodes its DEFAULT v1");
        }
        if (value.compareTo(BigInteger.TWO) > 0 || value.signum() < 0) {
            throw new X509Exception(X509Failure.UNSUPPORTED_VERSION, "version " + value + " is not v1, v2 or v3");
        }
        return CertificateVersion.values()[value.intValue()];
    }

    private static Name readName(DerReader tbs, String field) throws X509Exception {
        try {
            return Name.read(tbs);
        } catch (X509Exception e) {
            throw e.within(field);
        }
    }

    private static Validity validity(DerReader tbs) throws X509Exception {
        DerReader validity = tbs.sequence("validity");
        Instant notBefore = validity.time("notBefore");
        Instant notAfter = validity.time("notAfter");
        validity.expectEnd("validity");
        return new Validity(notBefore, notAfter);
    }

    private static Optional<BitString> uniqueId(DerReader tbs, int number, String field, CertificateVersion version)
            throws X509Exception {
        Optional<BitString> id = Optional.empty();
        if (tbs.nextIs(DerTag.contextPrimitive(number))) {
            id = Optional.of(BitString.fromContent(tbs.readContent(DerTag.contextPrimitive(number), field)));
        }
        // RFC 5280 §4.1.2.8: unique identifiers MUST NOT appear in a version 1 certificate.
        if (id.isPresent() && version == CertificateVersion.V1) {
            throw new X509Exception(X509Failure.FIELD_NOT_ALLOWED_IN_VERSION, field + " in a v1 certificate");
        }
        return id;
    }

    private static Extensions extensions(DerReader tbs, CertificateVersion version) throws X509Exception {
        Optional<DerReader> field = tbs.optionalConstructed(DerTag.contextConstructed(3), "extensions");
        if (field.isEmpty()) {
            return Extensions.NONE;
        }
        // RFC 5280 §4.1.2.9: the extensions field MUST only appear if the version is 3.
        if (version != CertificateVersion.V3) {
            throw new X509Exception(X509Failure.FIELD_NOT_ALLOWED_IN_VERSION, "extensions in a " + version + " certificate");
        }
        Extensions extensions = Extensions.read(field.get());
        field.get().expectEnd("extensions");
        return extensions;
    }
}
