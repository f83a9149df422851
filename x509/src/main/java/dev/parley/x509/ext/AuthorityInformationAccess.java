package dev.parley.x509.ext;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.ObjectIdentifier;
import dev.parley.x509.name.GeneralName;
import dev.parley.x509.name.GeneralNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where to find the issuer's services (RFC 5280 §4.2.2.1:
 * {@code AuthorityInfoAccessSyntax ::= SEQUENCE SIZE (1..MAX) OF AccessDescription}).
 *
 * @param accessDescriptions the entries, in the order they arrived
 */
public record AuthorityInformationAccess(List<AccessDescription> accessDescriptions) {

    /**
     * One service: {@code AccessDescription ::= SEQUENCE { accessMethod OBJECT IDENTIFIER, accessLocation GeneralName }}.
     *
     * @param accessMethod what the service is, such as {@link Oids#AD_OCSP}
     * @param accessLocation where it is, usually a URI
     */
    public record AccessDescription(ObjectIdentifier accessMethod, GeneralName accessLocation) {
        public AccessDescription {
            Objects.requireNonNull(accessMethod, "accessMethod");
            Objects.requireNonNull(accessLocation, "accessLocation");
        }
    }

    public AuthorityInformationAccess {
        accessDescriptions = List.copyOf(Objects.requireNonNull(accessDescriptions, "accessDescriptions"));
    }

    /** The URIs of the issuer's OCSP responders (id-ad-ocsp). */
    public List<String> ocspUris() {
        return uris(Oids.AD_OCSP);
    }

    /** The URIs where the issuer's certificate can be fetched (id-ad-caIssuers). */
    public List<String> caIssuersUris() {
        return uris(Oids.AD_CA_ISSUERS);
    }

    private List<String> uris(ObjectIdentifier method) {
        return accessDescriptions.stream()
                .filter(d -> d.accessMethod().equals(method))
                .filter(d -> d.accessLocation() instanceof GeneralName.UniformResourceIdentifier)
                .map(d -> ((GeneralName.UniformResourceIdentifier) d.accessLocation()).value())
                .toList();
    }

    static AuthorityInformationAccess decode(Bytes value) throws X509Exception {
        DerReader in = DerReader.of(value);
        DerReader sequence = in.sequence("AuthorityInfoAccessSyntax");
        in.expectEnd("AuthorityInfoAccessSyntax");
        List<AccessDescription> descriptions = new ArrayList<>();
        while (!sequence.isEmpty()) {
            DerReader description = sequence.sequence("AccessDescription");
            ObjectIdentifier method = description.oid("accessMethod");
            GeneralName location = GeneralNames.read(description);
            description.expectEnd("AccessDescription");
            descriptions.add(new AccessDescription(method, location));
        }
        if (descriptions.isEmpty()) {
            throw new X509Exception(X509Failure.EMPTY_SEQUENCE, "AuthorityInfoAccessSyntax is SIZE (1..MAX)");
        }
        return new AuthorityInformationAccess(descriptions);
    }
}
