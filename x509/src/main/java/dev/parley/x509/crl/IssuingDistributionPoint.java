package dev.parley.x509.crl;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.BitString;
import dev.parley.x509.der.DerPrimitives;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.name.GeneralName;
import dev.parley.x509.name.GeneralNames;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scope of a CRL (RFC 5280 §5.2.5):
 *
 * <pre>
 * IssuingDistributionPoint ::= SEQUENCE {
 *     distributionPoint          [0] DistributionPointName OPTIONAL,
 *     onlyContainsUserCerts      [1] BOOLEAN DEFAULT FALSE,
 *     onlyContainsCACerts        [2] BOOLEAN DEFAULT FALSE,
 *     onlySomeReasons            [3] ReasonFlags OPTIONAL,
 *     indirectCRL                [4] BOOLEAN DEFAULT FALSE,
 *     onlyContainsAttributeCerts [5] BOOLEAN DEFAULT FALSE }
 * </pre>
 *
 * @param fullName the distribution point's full name, when it is named that way
 * @param relativeName whether the point is named relative to the CRL issuer instead
 * @param onlyContainsUserCerts the CRL covers end-entity certificates only
 * @param onlyContainsCaCerts the CRL covers CA certificates only
 * @param onlySomeReasons the CRL covers some revocation reasons only
 * @param indirectCrl the CRL may list certificates of other issuers
 * @param onlyContainsAttributeCerts the CRL covers attribute certificates only
 */
public record IssuingDistributionPoint(Optional<List<GeneralName>> fullName, boolean relativeName,
                                       boolean onlyContainsUserCerts, boolean onlyContainsCaCerts,
                                       Optional<BitString> onlySomeReasons, boolean indirectCrl,
                                       boolean onlyContainsAttributeCerts) {

    public IssuingDistributionPoint {
        fullName = Objects.requireNonNull(fullName, "fullName").map(List::copyOf);
        Objects.requireNonNull(onlySomeReasons, "onlySomeReasons");
    }

    static IssuingDistributionPoint decode(Bytes value) throws X509Exception {
        DerReader outer = DerReader.of(value);
        DerReader in = outer.sequence("IssuingDistributionPoint");
        outer.expectEnd("IssuingDistributionPoint");
        Optional<List<GeneralName>> fullName = Optional.empty();
        boolean relative = false;
        Optional<DerReader> point = in.optionalConstructed(DerTag.contextConstructed(0), "distributionPoint");
        if (point.isPresent()) {
            // DistributionPointName is a CHOICE, so [0] wraps it explicitly; its alternatives are implicit.
            DerReader choice = point.get();
            if (choice.nextIs(DerTag.contextConstructed(0))) {
                fullName = Optional.of(GeneralNames.readAll(
                        choice.readConstructed(DerTag.contextConstructed(0), "fullName"), "fullName"));
            } else {
                choice.setOf(DerTag.contextConstructed(1), "nameRelativeToCRLIssuer");
                relative = true;
            }
            choice.expectEnd("distributionPoint");
        }
        boolean userCerts = flag(in, 1, "onlyContainsUserCerts");
        boolean caCerts = flag(in, 2, "onlyContainsCACerts");
        Optional<BitString> reasons = Optional.empty();
        Optional<Bytes> reasonsField = in.optionalContent(DerTag.contextPrimitive(3), "onlySomeReasons");
        if (reasonsField.isPresent()) {
            reasons = Optional.of(BitString.fromContent(reasonsField.get()));
        }
        boolean indirect = flag(in, 4, "indirectCRL");
        boolean attributeCerts = flag(in, 5, "onlyContainsAttributeCerts");
        in.expectEnd("IssuingDistributionPoint");
        // RFC 5280 §5.2.5: at most one of the three onlyContains booleans may be TRUE.
        if ((userCerts ? 1 : 0) + (caCerts ? 1 : 0) + (attributeCerts ? 1 : 0) > 1) {
            throw new X509Exception(X509Failure.MALFORMED_EXTENSION,
                    "IssuingDistributionPoint asserts more than one onlyContains field");
        }
        return new IssuingDistributionPoint(fullName, relative, userCerts, caCerts, reasons, indirect, attributeCerts);
    }

    private static boolean flag(DerReader in, int number, String field) throws X509Exception {
        Optional<Bytes> content = in.optionalContent(DerTag.contextPrimitive(number), field);
        if (content.isEmpty()) {
            return false;
        }
        boolean value = DerPrimitives.bool(content.get(), field);
        // X.690 §11.5: a BOOLEAN DEFAULT FALSE is omitted when false.
        if (!value) {
            throw new X509Exception(X509Failure.DEFAULT_VALUE_ENCODED, field + " encodes its DEFAULT FALSE");
        }
        return true;
    }
}
