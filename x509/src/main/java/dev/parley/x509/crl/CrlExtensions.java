package dev.parley.x509.crl;

import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.DerPrimitives;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.der.ObjectIdentifier;
import dev.parley.x509.ext.AuthorityKeyIdentifier;
import dev.parley.x509.ext.Extension;
import dev.parley.x509.ext.Extensions;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The decoded values of the CRL extensions a CRL user needs (RFC 5280 §5.2). The authority key
 * identifier has the certificate extension's syntax and is decoded by {@link Extensions}.
 *
 * @param crlNumber cRLNumber, RFC 5280 §5.2.3
 * @param authorityKeyIdentifier authorityKeyIdentifier, RFC 5280 §5.2.1
 * @param issuingDistributionPoint issuingDistributionPoint, RFC 5280 §5.2.5
 * @param deltaCrlIndicator the base CRL number of a delta CRL, RFC 5280 §5.2.4
 */
record CrlExtensions(Optional<BigInteger> crlNumber, Optional<AuthorityKeyIdentifier> authorityKeyIdentifier,
                     Optional<IssuingDistributionPoint> issuingDistributionPoint,
                     Optional<BigInteger> deltaCrlIndicator) {

    static final CrlExtensions NONE = new CrlExtensions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** RFC 5280 §5.2.3: a CRL number is at most 20 octets long. */
    private static final int MAX_CRL_NUMBER_OCTETS = 20;

    static CrlExtensions decode(List<Extension> extensions) throws X509Exception {
        Set<ObjectIdentifier> seen = new HashSet<>();
        Optional<BigInteger> number = Optional.empty();
        Optional<IssuingDistributionPoint> scope = Optional.empty();
        Optional<BigInteger> delta = Optional.empty();
        for (Extension extension : extensions) {
            // RFC 5280 §5.2, like §4.2 for certificates: one instance of each extension at most.
            if (!seen.add(extension.id())) {
                throw new X509Exception(X509Failure.DUPLICATE_EXTENSION, "CRL extension " + extension.id() + " appears twice");
            }
            try {
                if (extension.id().equals(CrlOids.CRL_NUMBER)) {
                    number = Optional.of(crlNumber(extension, "CRLNumber"));
                } else if (extension.id().equals(CrlOids.DELTA_CRL_INDICATOR)) {
                    delta = Optional.of(crlNumber(extension, "BaseCRLNumber"));
                } else if (extension.id().equals(CrlOids.ISSUING_DISTRIBUTION_POINT)) {
                    scope = Optional.of(IssuingDistributionPoint.decode(extension.value()));
                }
            } catch (X509Exception e) {
                throw e.within("CRL extension " + extension.id());
            }
        }
        // The certificate extension decoders read the extensions both kinds of structure share.
        Optional<AuthorityKeyIdentifier> authorityKey = Extensions.of(extensions.stream()
                .filter(e -> e.id().equals(Oids.AUTHORITY_KEY_IDENTIFIER)).toList()).authorityKeyIdentifier();
        return new CrlExtensions(number, authorityKey, scope, delta);
    }

    /** {@code CRLNumber ::= INTEGER (0..MAX)}, at most 20 octets (RFC 5280 §5.2.3). */
    private static BigInteger crlNumber(Extension extension, String field) throws X509Exception {
        DerReader in = DerReader.of(extension.value());
        byte[] content = in.readContent(DerTag.INTEGER, field).toByteArray();
        in.expectEnd(field);
        BigInteger value = DerPrimitives.integer(content, field);
        if (value.signum() < 0 || content.length > MAX_CRL_NUMBER_OCTETS) {
            throw new X509Exception(X509Failure.INTEGER_OUT_OF_RANGE, field + " " + value + " is negative or longer than 20 octets");
        }
        return value;
    }
}
