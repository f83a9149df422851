package dev.parley.x509.crl;

import dev.parley.crypto.SignatureAlgorithm;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.algorithm.AlgorithmIdentifier;
import dev.parley.x509.algorithm.SignatureAlgorithms;
import dev.parley.x509.der.BitString;
import dev.parley.x509.der.DerPrimitives;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.DerTime;
import dev.parley.x509.der.DerValue;
import dev.parley.x509.ext.Extension;
import dev.parley.x509.name.Name;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the CertificateList and TBSCertList structures of RFC 5280 §5.1, field by field:
 *
 * <pre>
 * TBSCertList ::= SEQUENCE {
 *     version             Version OPTIONAL,   -- if present, MUST be v2
 *     signature           AlgorithmIdentifier,
 *     issuer              Name,
 *     thisUpdate          Time,
 *     nextUpdate          Time OPTIONAL,
 *     revokedCertificates SEQUENCE OF SEQUENCE {
 *         userCertificate    CertificateSerialNumber,
 *         revocationDate     Time,
 *         crlEntryExtensions Extensions OPTIONAL } OPTIONAL,
 *     crlExtensions       [0] EXPLICIT Extensions OPTIONAL }
 * </pre>
 */
final class CertificateListParser {

    private CertificateListParser() {
    }

    static CertificateList parse(byte[] der) throws X509Exception {
        DerReader in = DerReader.of(der, CertificateList.MAX_ENCODED_LENGTH);
        DerValue listValue = in.read(DerTag.SEQUENCE, "CertificateList");
        in.expectEnd("CertificateList");
        DerReader list = in.contentOf(listValue);
        DerValue tbsValue = list.read(DerTag.SEQUENCE, "tbsCertList");
        AlgorithmIdentifier outerAlgorithm = AlgorithmIdentifier.read(list, "signatureAlgorithm");
        BitString signatureValue = list.bitString("signatureValue");
        list.expectEnd("CertificateList");

        DerReader tbs = list.contentOf(tbsValue);
        int version = 1;
        if (tbs.nextIs(DerTag.INTEGER)) {
            // RFC 5280 §5.1.2.1: when present, the version is v2 (the INTEGER 1).
            if (!tbs.integer("version").equals(BigInteger.ONE)) {
                throw new X509Exception(X509Failure.UNSUPPORTED_VERSION, "CRL version is present but not v2");
            }
            version = 2;
        }
        AlgorithmIdentifier innerAlgorithm = AlgorithmIdentifier.read(tbs, "signature");
        // RFC 5280 §5.1.1.2: signatureAlgorithm MUST contain the same identifier as TBSCertList.signature.
        if (!innerAlgorithm.equals(outerAlgorithm)) {
            throw new X509Exception(X509Failure.SIGNATURE_ALGORITHM_MISMATCH,
                    "signatureAlgorithm " + outerAlgorithm + " differs from tbsCertList.signature " + innerAlgorithm);
        }
        Name issuer;
        try {
            issuer = Name.read(tbs);
        } catch (X509Exception e) {
            throw e.within("issuer");
        }
        Instant thisUpdate = tbs.time("thisUpdate");
        Optional<Instant> nextUpdate = Optional.empty();
        if (!tbs.isEmpty() && (tbs.nextIs(DerTag.UTC_TIME) || tbs.nextIs(DerTag.GENERALIZED_TIME))) {
            nextUpdate = Optional.of(tbs.time("nextUpdate"));
        }
        Map<BigInteger, RevokedCertificate> revoked = new HashMap<>();
        if (tbs.nextIs(DerTag.SEQUENCE)) {
            DerReader entries = tbs.sequence("revokedCertificates");
            while (!entries.isEmpty()) {
                RevokedCertificate entry = entry(entries.sequence("revokedCertificate"), version);
                // A serial listed twice is still revoked; the first entry is kept.
                revoked.putIfAbsent(entry.serialNumber(), entry);
            }
        }
        List<Extension> extensions = List.of();
        Optional<DerReader> extensionsField = tbs.optionalConstructed(DerTag.contextConstructed(0), "crlExtensions");
        if (extensionsField.isPresent()) {
            // RFC 5280 §5.1.2.7: crlExtensions appear only in v2 CRLs.
            if (version != 2) {
                throw new X509Exception(X509Failure.FIELD_NOT_ALLOWED_IN_VERSION, "crlExtensions in a v1 CRL");
            }
            extensions = extensionList(extensionsField.get().sequence("crlExtensions"), "crlExtensions");
            extensionsField.get().expectEnd("crlExtensions");
        }
        tbs.expectEnd("tbsCertList");

        Optional<SignatureAlgorithm> algorithm;
        try {
            algorithm = SignatureAlgorithms.fromIdentifier(outerAlgorithm);
        } catch (X509Exception e) {
            throw e.within("signatureAlgorithm");
        }
        return new CertificateList(listValue.encoded(), tbsValue.encoded(), version, outerAlgorithm, algorithm, issuer,
                thisUpdate, nextUpdate, revoked, extensions, CrlExtensions.decode(extensions), signatureValue);
    }

    private static RevokedCertificate entry(DerReader in, int version) throws X509Exception {
        BigInteger serial = in.integer("userCertificate");
        Instant revocationDate = in.time("revocationDate");
        List<Extension> extensions = List.of();
        Optional<CrlReason> reason = Optional.empty();
        Optional<Instant> invalidity = Optional.empty();
        if (!in.isEmpty()) {
            // RFC 5280 §5.1.2.6: crlEntryExtensions appear only in v2 CRLs.
            if (version != 2) {
                throw new X509Exception(X509Failure.FIELD_NOT_ALLOWED_IN_VERSION, "crlEntryExtensions in a v1 CRL");
            }
            extensions = extensionList(in.sequence("crlEntryExtensions"), "crlEntryExtensions");
            for (Extension extension : extensions) {
                if (extension.id().equals(CrlOids.REASON_CODE)) {
                    reason = Optional.of(reasonCode(extension));
                } else if (extension.id().equals(CrlOids.INVALIDITY_DATE)) {
                    invalidity = Optional.of(invalidityDate(extension));
                }
            }
        }
        in.expectEnd("revokedCertificate");
        return new RevokedCertificate(serial, revocationDate, reason, invalidity, extensions);
    }

    /** {@code Extensions ::= SEQUENCE SIZE (1..MAX) OF Extension}, each at most once. */
    private static List<Extension> extensionList(DerReader sequence, String field) throws X509Exception {
        List<Extension> extensions = new ArrayList<>();
        while (!sequence.isEmpty()) {
            Extension extension = Extension.read(sequence);
            if (extensions.stream().anyMatch(e -> e.id().equals(extension.id()))) {
                throw new X509Exception(X509Failure.DUPLICATE_EXTENSION, field + ": " + extension.id() + " appears twice");
            }
            extensions.add(extension);
        }
        if (extensions.isEmpty()) {
            throw new X509Exception(X509Failure.EMPTY_SEQUENCE, field + " is SIZE (1..MAX)");
        }
        return extensions;
    }

    /** RFC 5280 §5.3.1: {@code CRLReason ::= ENUMERATED}, of the assigned values only. */
    private static CrlReason reasonCode(Extension extension) throws X509Exception {
        DerReader in = DerReader.of(extension.value());
        int code = DerPrimitives.intValue(in.readContent(DerTag.ENUMERATED, "CRLReason"), 0, 10, "CRLReason");
        in.expectEnd("CRLReason");
        return CrlReason.of(code).orElseThrow(() ->
                new X509Exception(X509Failure.INTEGER_OUT_OF_RANGE, "CRLReason " + code + " is not assigned"));
    }

    /** RFC 5280 §5.3.2: {@code InvalidityDate ::= GeneralizedTime}. */
    private static Instant invalidityDate(Extension extension) throws X509Exception {
        DerReader in = DerReader.of(extension.value());
        Instant date = DerTime.decodeGeneralizedTime(in.readContent(DerTag.GENERALIZED_TIME, "InvalidityDate"));
        in.expectEnd("InvalidityDate");
        return date;
    }
}
