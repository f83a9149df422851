package dev.parley.x509.crl;

import dev.parley.x509.ext.Extension;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a CRL's revokedCertificates list (RFC 5280 §5.1.2.6):
 *
 * <pre>
 * SEQUENCE { userCertificate CertificateSerialNumber, revocationDate Time,
 *            crlEntryExtensions Extensions OPTIONAL }
 * </pre>
 *
 * @param serialNumber the serial number of the revoked certificate
 * @param revocationDate when the CA processed the revocation
 * @param reason the reasonCode entry extension (RFC 5280 §5.3.1), if present
 * @param invalidityDate the invalidityDate entry extension (RFC 5280 §5.3.2), if present
 * @param extensions every entry extension as it arrived
 */
public record RevokedCertificate(BigInteger serialNumber, Instant revocationDate, Optional<CrlReason> reason,
                                 Optional<Instant> invalidityDate, List<Extension> extensions) {

    public RevokedCertificate {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(revocationDate, "revocationDate");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(invalidityDate, "invalidityDate");
        extensions = List.copyOf(Objects.requireNonNull(extensions, "extensions"));
    }

    /** The critical entry extensions Parley does not process; each one makes the whole CRL unusable. */
    public List<Extension> unrecognizedCritical() {
        return extensions.stream().filter(e -> e.critical() && !CrlOids.isRecognizedEntryExtension(e.id())).toList();
    }

    @Override
    public String toString() {
        return "RevokedCertificate[serial=" + serialNumber.toString(16) + ", revoked " + revocationDate
                + reason.map(r -> ", " + r).orElse("") + "]";
    }
}
