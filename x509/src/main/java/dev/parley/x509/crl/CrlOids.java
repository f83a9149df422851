package dev.parley.x509.crl;

import dev.parley.x509.Oids;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.Set;

/**
 * The object identifiers of CRL and CRL entry extensions (RFC 5280 §5.2 and §5.3), which only
 * this package reads. Certificate extensions that CRLs share (authority key identifier, issuer
 * alternative name, authority information access) are in {@link Oids}.
 */
final class CrlOids {

    /** id-ce-cRLNumber, RFC 5280 §5.2.3. */
    static final ObjectIdentifier CRL_NUMBER = ObjectIdentifier.of("2.5.29.20");
    /** id-ce-reasonCode, RFC 5280 §5.3.1. */
    static final ObjectIdentifier REASON_CODE = ObjectIdentifier.of("2.5.29.21");
    /** id-ce-invalidityDate, RFC 5280 §5.3.2. */
    static final ObjectIdentifier INVALIDITY_DATE = ObjectIdentifier.of("2.5.29.24");
    /** id-ce-deltaCRLIndicator, RFC 5280 §5.2.4. */
    static final ObjectIdentifier DELTA_CRL_INDICATOR = ObjectIdentifier.of("2.5.29.27");
    /** id-ce-issuingDistributionPoint, RFC 5280 §5.2.5. */
    static final ObjectIdentifier ISSUING_DISTRIBUTION_POINT = ObjectIdentifier.of("2.5.29.28");
    /** id-ce-certificateIssuer, RFC 5280 §5.3.3. */
    static final ObjectIdentifier CERTIFICATE_ISSUER = ObjectIdentifier.of("2.5.29.29");
    /** id-ce-freshestCRL, RFC 5280 §5.2.6. */
    static final ObjectIdentifier FRESHEST_CRL = ObjectIdentifier.of("2.5.29.46");

    /**
     * The CRL extensions Parley processes: the number and the issuing distribution point, and the
     * informational ones. The delta CRL indicator is not among them: Parley does not combine delta
     * CRLs with base CRLs, so a delta CRL is never used.
     */
    private static final Set<ObjectIdentifier> RECOGNIZED = Set.of(CRL_NUMBER, ISSUING_DISTRIBUTION_POINT,
            Oids.AUTHORITY_KEY_IDENTIFIER, Oids.ISSUER_ALT_NAME, Oids.AUTHORITY_INFO_ACCESS, FRESHEST_CRL);

    /** Entry extensions Parley processes; certificateIssuer belongs to indirect CRLs, which it does not. */
    private static final Set<ObjectIdentifier> RECOGNIZED_ENTRY = Set.of(REASON_CODE, INVALIDITY_DATE);

    private CrlOids() {
    }

    static boolean isRecognizedExtension(ObjectIdentifier id) {
        return RECOGNIZED.contains(id);
    }

    static boolean isRecognizedEntryExtension(ObjectIdentifier id) {
        return RECOGNIZED_ENTRY.contains(id);
    }
}
