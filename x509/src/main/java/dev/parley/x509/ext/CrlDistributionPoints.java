package dev.parley.x509.ext;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.BitString;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.name.AttributeTypeAndValue;
import dev.parley.x509.name.GeneralName;
import dev.parley.x509.name.GeneralNames;
import dev.parley.x509.name.RelativeDistinguishedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where CRLs covering the certificate are published (RFC 5280 §4.2.1.13):
 *
 * <pre>
 * CRLDistributionPoints ::= SEQUENCE SIZE (1..MAX) OF DistributionPoint
 * DistributionPoint ::= SEQUENCE {
 *     distributionPoint [0] DistributionPointName OPTIONAL,
 *     reasons           [1] ReasonFlags OPTIONAL,
 *     cRLIssuer         [2] GeneralNames OPTIONAL }
 * DistributionPointName ::= CHOICE {
 *     fullName                [0] GeneralNames,
 *     nameRelativeToCRLIssuer [1] RelativeDistinguishedName }
 * </pre>
 *
 * @param distributionPoints the points, in the order they arrived
 */
public record CrlDistributionPoints(List<DistributionPoint> distributionPoints) {

    /**
     * One distribution point; RFC 5280 requires a name or a CRL issuer, or both.
     *
     * @param fullName the point's names, usually one URI, if named this way
     * @param nameRelativeToCrlIssuer the point's name below the CRL issuer, if named that way
     * @param reasons the revocation reasons the point's CRLs cover, if limited
     * @param crlIssuer who signs the CRLs, if not the certificate's issuer
     */
    public record DistributionPoint(Optional<List<GeneralName>> fullName,
                                    Optional<RelativeDistinguishedName> nameRelativeToCrlIssuer,
                                    Optional<BitString> reasons, Optional<List<GeneralName>> crlIssuer) {
        public DistributionPoint {
            fullName = Objects.requireNonNull(fullName, "fullName").map(List::copyOf);
            Objects.requireNonNull(nameRelativeToCrlIssuer, "nameRelativeToCrlIssuer");
            Objects.requireNonNull(reasons, "reasons");
            crlIssuer = Objects.requireNonNull(crlIssuer, "crlIssuer").map(List::copyOf);
        }
    }

    public CrlDistributionPoints {
        distributionPoints = List.copyOf(Objects.requireNonNull(distributionPoints, "distributionPoints"));
    }

    /** The URIs of every full name, in order: where to download the CRLs. */
    public List<String> uris() {
        return distributionPoints.stream()
                .flatMap(p -> p.fullName().stream().flatMap(List::stream))
                .filter(GeneralName.UniformResourceIdentifier.class::isInstance)
                .map(n -> ((GeneralName.UniformResourceIdentifier) n).value())
                .toList();
    }

    static CrlDistributionPoints decode(Bytes value) throws X509Exception {
        DerReader in = DerReader.of(value);
        DerReader sequence = in.sequence("CRLDistributionPoints");
        in.expectEnd("CRLDistributionPoints");
        List<DistributionPoint> points = new ArrayList<>();
        while (!sequence.isEmpty()) {
            points.add(point(sequence.sequence("DistributionPoint")));
        }
        if (points.isEmpty()) {
            throw new X509Exception(X509Failure.EMPTY_SEQUENCE, "CRLDistributionPoints is SIZE (1..MAX)");
        }
        return new CrlDistributionPoints(points);
    }

    private static DistributionPoint point(DerReader in) throws X509Exception {
        Optional<List<GeneralName>> fullName = Optional.empty();
        Optional<RelativeDistinguishedName> relative = Optional.empty();
        Optional<DerReader> name = in.optionalConstructed(DerTag.contextConstructed(0), "distributionPoint");
        if (name.isPresent()) {
            // DistributionPointName is a CHOICE, so [0] wraps it explicitly; its own choices are implicit.
            DerReader choice = name.get();
            if (choice.nextIs(DerTag.contextConstructed(0))) {
                fullName = Optional.of(GeneralNames.readAll(choice.readConstructed(DerTag.contextConstructed(0), "fullName"), "fullName"));
            } else {
                relative = Optional.of(relativeName(choice.setOf(DerTag.contextConstructed(1), "nameRelativeToCRLIssuer")));
            }
            choice.expectEnd("distributionPoint");
        }
        Optional<BitString> reasons = Optional.empty();
        Optional<Bytes> reasonsField = in.optionalContent(DerTag.contextPrimitive(1), "reasons");
        if (reasonsField.isPresent()) {
            reasons = Optional.of(BitString.fromContent(reasonsField.get()));
        }
        Optional<List<GeneralName>> crlIssuer = Optional.empty();
        Optional<DerReader> issuerField = in.optionalConstructed(DerTag.contextConstructed(2), "cRLIssuer");
        if (issuerField.isPresent()) {
            crlIssuer = Optional.of(GeneralNames.readAll(issuerField.get(), "cRLIssuer"));
        }
        in.expectEnd("DistributionPoint");
        // RFC 5280 §4.2.1.13: a DistributionPoint MUST NOT consist of only the reasons field.
        if (name.isEmpty() && crlIssuer.isEmpty()) {
            throw new X509Exception(X509Failure.MALFORMED_EXTENSION, "DistributionPoint with neither a name nor a cRLIssuer");
        }
        return new DistributionPoint(fullName, relative, reasons, crlIssuer);
    }

    private static RelativeDistinguishedName relativeName(DerReader set) throws X509Exception {
        List<AttributeTypeAndValue> attributes = new ArrayList<>();
        while (!set.isEmpty()) {
            attributes.add(AttributeTypeAndValue.read(set));
        }
        if (attributes.isEmpty()) {
            throw new X509Exception(X509Failure.INVALID_NAME, "empty nameRelativeToCRLIssuer");
        }
        return new RelativeDistinguishedName(attributes);
    }
}
