package dev.parley.x509.path;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Certificate;
import dev.parley.x509.crl.CertificateList;
import dev.parley.x509.crl.IssuingDistributionPoint;
import dev.parley.x509.crl.RevokedCertificate;
import dev.parley.x509.ext.BasicConstraints;
import dev.parley.x509.ext.CrlDistributionPoints;
import dev.parley.x509.ext.Extension;
import dev.parley.x509.ext.KeyUsage;
import dev.parley.x509.ext.SubjectKeyIdentifier;
import dev.parley.x509.name.GeneralName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Decides a certificate's revocation status from the CRLs of its issuer (RFC 5280 §6.3, in the
 * simple form a TLS peer needs: complete CRLs signed by the certificate's own issuer).
 *
 * <p>A CRL is used for a certificate when its issuer name is the certificate's issuer name
 * (RFC 5280 §7.1), its authority key identifier (if any) names the issuer's key, its scope
 * covers the certificate, and it is usable: signed by the issuer's key under the algorithm
 * policy, the issuer allowed to sign CRLs (keyUsage cRLSign when keyUsage is present,
 * §6.3.3 (f)), current at the validation time (thisUpdate ≤ time ≤ nextUpdate), carrying its
 * CRL number as a non-critical extension (§5.2.3), not a delta CRL, and with no critical
 * extension Parley does not process. Among usable CRLs, any that lists the serial number revokes
 * the certificate. Without a usable CRL the status is unknown, which fails the validation.
 */
final class RevocationChecker {

    private final List<CertificateList> crls;
    private final SignatureChecker signatures;
    private final Instant time;

    RevocationChecker(List<CertificateList> crls, SignatureChecker signatures, Instant time) {
        this.crls = crls;
        this.signatures = signatures;
        this.time = time;
    }

    /** Checks that {@code certificate}, issued by {@code issuer}, is not revoked. */
    void check(Certificate certificate, Certificate issuer) throws PathValidationException {
        PathValidationException firstProblem = null;
        boolean usable = false;
        for (CertificateList crl : crls) {
            if (!crl.issuer().matches(certificate.issuer()) || !namesIssuerKey(crl, issuer) || !covers(crl, certificate)) {
                continue;
            }
            try {
                checkUsable(crl, certificate, issuer);
            } catch (PathValidationException problem) {
                if (problem.reason().abortsSearch()) {
                    throw problem;
                }
                firstProblem = firstProblem == null ? problem : firstProblem;
                continue;
            }
            usable = true;
            Optional<RevokedCertificate> entry = crl.revocationOf(certificate.serialNumber());
            if (entry.isPresent()) {
                throw Reject.because(PathFailure.REVOKED, certificate, "is revoked by a CRL of " + Reject.name(issuer)
                        + " since " + entry.get().revocationDate() + entry.get().reason().map(r -> " (" + r + ")").orElse(""));
            }
        }
        if (!usable) {
            throw firstProblem != null ? firstProblem : Reject.because(PathFailure.REVOCATION_STATUS_UNKNOWN, certificate,
                    "revocation checking was asked for, but no CRL of " + Reject.name(issuer) + " was given");
        }
    }

    private void checkUsable(CertificateList crl, Certificate certificate, Certificate issuer) throws PathValidationException {
        String from = "the CRL of " + Reject.name(issuer) + " issued " + crl.thisUpdate();
        // RFC 5280 §6.3.3 (f): if keyUsage is present in the CRL issuer's certificate, cRLSign must be set.
        if (issuer.extensions().keyUsage().map(ku -> !ku.allows(KeyUsage.Bit.CRL_SIGN)).orElse(false)) {
            throw unknown(certificate, from + " cannot be used: the issuer's keyUsage does not allow cRLSign");
        }
        // RFC 5280 §5.1.2.4 and §5.1.2.5: a CRL is relied on from thisUpdate until nextUpdate.
        if (!crl.isCurrentAt(time)) {
            throw unknown(certificate, from + " is not current at " + time
                    + crl.nextUpdate().map(next -> " (next update " + next + ")").orElse(" (it has no nextUpdate)"));
        }
        // RFC 5280 §5.2.3: conforming CRL issuers include the CRL number, marked non-critical.
        if (crl.crlNumber().isEmpty() || crl.isCrlNumberCritical()) {
            throw unknown(certificate, from + (crl.crlNumber().isEmpty() ? " has no CRL number" : " marks its CRL number critical"));
        }
        if (crl.isDelta()) {
            throw unknown(certificate, from + " is a delta CRL, which Parley does not combine with a base CRL");
        }
        List<Extension> unknownCritical = crl.unrecognizedCritical();
        // RFC 5280 §5.2: a CRL with a critical extension the user does not process must not be used.
        if (!unknownCritical.isEmpty()) {
            throw unknown(certificate, from + " has the critical extension " + unknownCritical.get(0).id()
                    + ", which Parley does not process");
        }
        try {
            signatures.verify(new SignatureChecker.Signed("CRL", certificate, crl.encoded(), crl.tbsCertList(),
                    crl.signatureAlgorithm(), crl.supportedSignatureAlgorithm(), crl.signatureValue()), issuer);
        } catch (PathValidationException e) {
            if (e.reason().abortsSearch()) {
                throw e;
            }
            throw unknown(certificate, from + " cannot be relied on: " + e.detail());
        }
    }

    /** RFC 5280 §5.2.1: when the CRL names its signing key, it must be the issuer's. */
    private static boolean namesIssuerKey(CertificateList crl, Certificate issuer) {
        Optional<Bytes> crlKey = crl.authorityKeyIdentifier().flatMap(aki -> aki.keyIdentifier());
        Optional<Bytes> issuerKey = issuer.extensions().subjectKeyIdentifier().map(SubjectKeyIdentifier::keyIdentifier);
        return crlKey.isEmpty() || issuerKey.isEmpty() || crlKey.equals(issuerKey);
    }

    /**
     * RFC 5280 §5.2.5 and §6.3.3 (b): whether the CRL's scope includes the certificate. Indirect
     * CRLs, CRLs limited to some reasons, and CRLs of attribute certificates never do here, since
     * Parley does not combine partial CRLs; a CRL for one distribution point covers the
     * certificates that name that point in their cRLDistributionPoints.
     */
    private static boolean covers(CertificateList crl, Certificate certificate) {
        Optional<IssuingDistributionPoint> scope = crl.issuingDistributionPoint();
        if (scope.isEmpty()) {
            return true;
        }
        IssuingDistributionPoint idp = scope.get();
        boolean ca = certificate.extensions().basicConstraints().map(BasicConstraints::ca).orElse(false);
        if (idp.indirectCrl() || idp.onlySomeReasons().isPresent() || idp.onlyContainsAttributeCerts()
                || idp.relativeName() || (idp.onlyContainsUserCerts() && ca) || (idp.onlyContainsCaCerts() && !ca)) {
            return false;
        }
        if (idp.fullName().isEmpty()) {
            return true;
        }
        List<GeneralName> pointNames = certificate.extensions().crlDistributionPoints()
                .map(CrlDistributionPoints::distributionPoints).orElse(List.of()).stream()
                .flatMap(point -> point.fullName().stream().flatMap(List::stream)).toList();
        return idp.fullName().get().stream().anyMatch(pointNames::contains);
    }

    private static PathValidationException unknown(Certificate certificate, String why) {
        return Reject.because(PathFailure.REVOCATION_STATUS_UNKNOWN, certificate, why);
    }
}
