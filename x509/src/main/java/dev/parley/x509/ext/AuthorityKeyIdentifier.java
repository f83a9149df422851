package dev.parley.x509.ext;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.DerPrimitives;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.DerTag;
import dev.parley.x509.name.GeneralName;
import dev.parley.x509.name.GeneralNames;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Identifies the key that signed the certificate (RFC 5280 §4.2.1.1):
 *
 * <pre>
 * AuthorityKeyIdentifier ::= SEQUENCE {
 *     keyIdentifier             [0] KeyIdentifier           OPTIONAL,
 *     authorityCertIssuer       [1] GeneralNames            OPTIONAL,
 *     authorityCertSerialNumber [2] CertificateSerialNumber OPTIONAL }
 * </pre>
 *
 * The issuer and serial number come together or not at all (X.509 §9.2.2.1).
 *
 * @param keyIdentifier the issuer's subject key identifier
 * @param authorityCertIssuer the issuer's issuer, with the serial number below
 * @param authorityCertSerialNumber the serial number of the issuer's certificate
 */
public record AuthorityKeyIdentifier(Optional<Bytes> keyIdentifier, Optional<List<GeneralName>> authorityCertIssuer,
                                     Optional<BigInteger> authorityCertSerialNumber) {

    public AuthorityKeyIdentifier {
        Objects.requireNonNull(keyIdentifier, "keyIdentifier");
        authorityCertIssuer = Objects.requireNonNull(authorityCertIssuer, "authorityCertIssuer").map(List::copyOf);
        Objects.requireNonNull(authorityCertSerialNumber, "authorityCertSerialNumber");
    }

    static AuthorityKeyIdentifier decode(Bytes value) throws X509Exception {
        DerReader in = DerReader.of(value);
        DerReader sequence = in.sequence("AuthorityKeyIdentifier");
        in.expectEnd("AuthorityKeyIdentifier");
        Optional<Bytes> keyIdentifier = sequence.optionalContent(DerTag.contextPrimitive(0), "keyIdentifier");
        Optional<List<GeneralName>> issuer = Optional.empty();
        Optional<DerReader> issuerField = sequence.optionalConstructed(DerTag.contextConstructed(1), "authorityCertIssuer");
        if (issuerField.isPresent()) {
            issuer = Optional.of(GeneralNames.readAll(issuerField.get(), "authorityCertIssuer"));
        }
        Optional<BigInteger> serial = Optional.empty();
        Optional<Bytes> serialField = sequence.optionalContent(DerTag.contextPrimitive(2), "authorityCertSerialNumber");
        if (serialField.isPresent()) {
            serial = Optional.of(DerPrimitives.integer(serialField.get(), "authorityCertSerialNumber"));
        }
        sequence.expectEnd("AuthorityKeyIdentifier");
        if (issuer.isPresent() != serial.isPresent()) {
            throw new X509Exception(X509Failure.MALFORMED_EXTENSION,
                    "authorityCertIssuer and authorityCertSerialNumber must be present together");
        }
        return new AuthorityKeyIdentifier(keyIdentifier, issuer, serial);
    }
}
