package dev.parley.x509.ext;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Oids;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import dev.parley.x509.der.DerReader;
import dev.parley.x509.der.ObjectIdentifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A certificate's extensions (RFC 5280 §4.1.2.9 and §4.2): each raw {@link Extension}, and the
 * decoded value of every extension this module knows.
 *
 * <p>Decoding happens while the certificate is parsed, so a malformed known extension fails the
 * parse; a second instance of any extension fails it too (RFC 5280 §4.2). Extensions the module
 * does not know are kept raw: {@link #unrecognizedCritical()} lists the critical ones, which make
 * the certificate unusable (RFC 5280 §4.2: a certificate user MUST reject a certificate with a
 * critical extension it does not recognise). The path validator enforces that.
 */
public final class Extensions {

    /** The extensions of a v1 or v2 certificate. */
    public static final Extensions NONE = new Extensions(List.of(), Map.of());

    private interface Decoder {
        Object decode(Bytes value) throws X509Exception;
    }

    /** The extensions this module decodes, by OID; the rest are unrecognised. */
    private static final Map<ObjectIdentifier, Decoder> DECODERS = Map.ofEntries(
            Map.entry(Oids.BASIC_CONSTRAINTS, BasicConstraints::decode),
            Map.entry(Oids.KEY_USAGE, KeyUsage::decode),
            Map.entry(Oids.EXT_KEY_USAGE, ExtendedKeyUsage::decode),
            Map.entry(Oids.SUBJECT_ALT_NAME, SubjectAlternativeName::decode),
            Map.entry(Oids.ISSUER_ALT_NAME, IssuerAlternativeName::decode),
            Map.entry(Oids.NAME_CONSTRAINTS, NameConstraints::decode),
            Map.entry(Oids.AUTHORITY_KEY_IDENTIFIER, AuthorityKeyIdentifier::decode),
            Map.entry(Oids.SUBJECT_KEY_IDENTIFIER, SubjectKeyIdentifier::decode),
            Map.entry(Oids.AUTHORITY_INFO_ACCESS, AuthorityInformationAccess::decode),
            Map.entry(Oids.CRL_DISTRIBUTION_POINTS, CrlDistributionPoints::decode),
            Map.entry(Oids.CERTIFICATE_POLICIES, CertificatePolicies::decode),
            Map.entry(Oids.POLICY_MAPPINGS, PolicyMappings::decode),
            Map.entry(Oids.POLICY_CONSTRAINTS, PolicyConstraints::decode),
            Map.entry(Oids.INHIBIT_ANY_POLICY, InhibitAnyPolicy::decode),
            Map.entry(Oids.TLS_FEATURE, TlsFeature::decode),
            Map.entry(Oids.SIGNED_CERTIFICATE_TIMESTAMP_LIST, SignedCertificateTimestampList::decode));

    private final List<Extension> all;
    private final Map<ObjectIdentifier, Object> decoded;

    private Extensions(List<Extension> all, Map<ObjectIdentifier, Object> decoded) {
        this.all = List.copyOf(all);
        this.decoded = Map.copyOf(decoded);
    }

    /** Reads {@code Extensions ::= SEQUENCE SIZE (1..MAX) OF Extension} and decodes the known ones. */
    public static Extensions read(DerReader in) throws X509Exception {
        DerReader sequence = in.sequence("extensions");
        List<Extension> extensions = new ArrayList<>();
        while (!sequence.isEmpty()) {
            extensions.add(Extension.read(sequence));
        }
        if (extensions.isEmpty()) {
            throw new X509Exception(X509Failure.EMPTY_SEQUENCE, "extensions is SIZE (1..MAX)");
        }
        return of(extensions);
    }

    /** The extensions {@code extensions}, each known one decoded. */
    public static Extensions of(List<Extension> extensions) throws X509Exception {
        Map<ObjectIdentifier, Object> decoded = new LinkedHashMap<>();
        Map<ObjectIdentifier, Extension> seen = new LinkedHashMap<>();
        for (Extension extension : extensions) {
            // RFC 5280 §4.2: a certificate MUST NOT include more than one instance of an extension.
            if (seen.put(extension.id(), extension) != null) {
                throw new X509Exception(X509Failure.DUPLICATE_EXTENSION, "extension " + extension.id() + " appears twice");
            }
            Decoder decoder = DECODERS.get(extension.id());
            if (decoder != null) {
                try {
                    decoded.put(extension.id(), decoder.decode(extension.value()));
                } catch (X509Exception e) {
                    throw e.within("extension " + extension.id());
                }
            }
        }
        return new Extensions(extensions, decoded);
    }

    /** Whether this module decodes extension {@code id}. */
    public static boolean isRecognized(ObjectIdentifier id) {
        return DECODERS.containsKey(id);
    }

    /** Every extension, in the order they arrived. */
    public List<Extension> all() {
        return all;
    }

    /** The extension {@code id}, if present. */
    public Optional<Extension> find(ObjectIdentifier id) {
        return all.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Whether extension {@code id} is present and marked critical. */
    public boolean isCritical(ObjectIdentifier id) {
        return find(id).map(Extension::critical).orElse(false);
    }

    /** The critical extensions this module does not recognise: each one makes the certificate unusable. */
    public List<Extension> unrecognizedCritical() {
        return all.stream().filter(e -> e.critical() && !isRecognized(e.id())).toList();
    }

    public Optional<BasicConstraints> basicConstraints() {
        return typed(Oids.BASIC_CONSTRAINTS, BasicConstraints.class);
    }

    public Optional<KeyUsage> keyUsage() {
        return typed(Oids.KEY_USAGE, KeyUsage.class);
    }

    public Optional<ExtendedKeyUsage> extendedKeyUsage() {
        return typed(Oids.EXT_KEY_USAGE, ExtendedKeyUsage.class);
    }

    public Optional<SubjectAlternativeName> subjectAlternativeName() {
        return typed(Oids.SUBJECT_ALT_NAME, SubjectAlternativeName.class);
    }

    public Optional<IssuerAlternativeName> issuerAlternativeName() {
        return typed(Oids.ISSUER_ALT_NAME, IssuerAlternativeName.class);
    }

    public Optional<NameConstraints> nameConstraints() {
        return typed(Oids.NAME_CONSTRAINTS, NameConstraints.class);
    }

    public Optional<AuthorityKeyIdentifier> authorityKeyIdentifier() {
        return typed(Oids.AUTHORITY_KEY_IDENTIFIER, AuthorityKeyIdentifier.class);
    }

    public Optional<SubjectKeyIdentifier> subjectKeyIdentifier() {
        return typed(Oids.SUBJECT_KEY_IDENTIFIER, SubjectKeyIdentifier.class);
    }

    public Optional<AuthorityInformationAccess> authorityInformationAccess() {
        return typed(Oids.AUTHORITY_INFO_ACCESS, AuthorityInformationAccess.class);
    }

    public Optional<CrlDistributionPoints> crlDistributionPoints() {
        return typed(Oids.CRL_DISTRIBUTION_POINTS, CrlDistributionPoints.class);
    }

    public Optional<CertificatePolicies> certificatePolicies() {
        return typed(Oids.CERTIFICATE_POLICIES, CertificatePolicies.class);
    }

    public Optional<PolicyMappings> policyMappings() {
        return typed(Oids.POLICY_MAPPINGS, PolicyMappings.class);
    }

    public Optional<PolicyConstraints> policyConstraints() {
        return typed(Oids.POLICY_CONSTRAINTS, PolicyConstraints.class);
    }

    public Optional<InhibitAnyPolicy> inhibitAnyPolicy() {
        return typed(Oids.INHIBIT_ANY_POLICY, InhibitAnyPolicy.class);
    }

    public Optional<TlsFeature> tlsFeature() {
        return typed(Oids.TLS_FEATURE, TlsFeature.class);
    }

    public Optional<SignedCertificateTimestampList> signedCertificateTimestamps() {
        return typed(Oids.SIGNED_CERTIFICATE_TIMESTAMP_LIST, SignedCertificateTimestampList.class);
    }

    private <T> Optional<T> typed(ObjectIdentifier id, Class<T> type) {
        return Optional.ofNullable(decoded.get(id)).map(type::cast);
    }

    @Override
    public String toString() {
        return "Extensions" + all.stream().map(e -> e.id() + (e.critical() ? "(critical)" : "")).toList();
    }
}
