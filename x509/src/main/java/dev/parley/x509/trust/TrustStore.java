package dev.parley.x509.trust;

import dev.parley.crypto.Bytes;
import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.ext.BasicConstraints;
import dev.parley.x509.ext.SubjectKeyIdentifier;
import dev.parley.x509.name.Name;
import dev.parley.x509.name.NameKey;
import dev.parley.x509.pem.Pem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The certificates a validation trusts: its trust anchors, indexed by subject name (RFC 5280
 * §7.1 comparison) and by subject key identifier so that path building finds issuers directly.
 *
 * <p>Only CA certificates act as anchors (version 3 with basicConstraints cA TRUE), as the
 * manual explains for SSL_ca: a store "only specifies CA certificates which can then be used to
 * verify other certificates". Other certificates given to a store are kept apart in
 * {@link #notAnchors()}, so that a failed validation can say why they did not help; a user who
 * wants to trust one self-signed server certificate pins its fingerprint instead.
 *
 * <p>Stores come from a PEM bundle ({@link #fromPem}), a directory ({@link TrustDirectory}), an
 * in-memory list ({@link #of}), or the system's defaults ({@link DefaultTrustLocations}), and
 * combine with {@link #plus}. A store is immutable and may be shared between threads.
 */
public final class TrustStore {

    /** The store that trusts nothing. */
    public static final TrustStore EMPTY = new TrustStore(List.of(), List.of(), List.of());

    private final List<Certificate> anchors;
    private final List<Certificate> notAnchors;
    private final List<String> problems;
    private final Set<Certificate> anchorSet;
    private final Map<NameKey, List<Certificate>> bySubject = new HashMap<>();
    private final Map<Bytes, List<Certificate>> byKeyIdentifier = new HashMap<>();

    private TrustStore(List<Certificate> anchors, List<Certificate> notAnchors, List<String> problems) {
        this.anchors = List.copyOf(anchors);
        this.notAnchors = List.copyOf(notAnchors);
        this.problems = List.copyOf(problems);
        this.anchorSet = Set.copyOf(anchors);
        for (Certificate anchor : this.anchors) {
            bySubject.computeIfAbsent(anchor.subject().key(), k -> new ArrayList<>()).add(anchor);
            anchor.extensions().subjectKeyIdentifier().map(SubjectKeyIdentifier::keyIdentifier)
                    .ifPresent(id -> byKeyIdentifier.computeIfAbsent(id, k -> new ArrayList<>()).add(anchor));
        }
    }

    /** A store of the CA certificates among {@code certificates}; duplicates count once. */
    public static TrustStore of(Collection<Certificate> certificates) {
        return of(certificates, List.of());
    }

    static TrustStore of(Collection<Certificate> certificates, List<String> problems) {
        List<Certificate> anchors = new ArrayList<>();
        List<Certificate> others = new ArrayList<>();
        for (Certificate certificate : new LinkedHashSet<>(certificates)) {
            (isCa(certificate) ? anchors : others).add(Objects.requireNonNull(certificate));
        }
        return new TrustStore(anchors, others, problems);
    }

    /**
     * A store of the certificates of a PEM text (the manual's SSL_ca_file). Every CERTIFICATE
     * block must parse: a trust store silently missing a root is worse than an error.
     */
    public static TrustStore fromPem(byte[] content) throws X509Exception {
        return of(Pem.certificates(content));
    }

    /** A store of the certificates of a PEM bundle file of at most {@link Pem#MAX_FILE_LENGTH} octets. */
    public static TrustStore fromPem(Path file) throws IOException, X509Exception {
        return of(Pem.certificates(file));
    }

    /** A store of the certificates of a directory, hash-named or {@code *.pem} / {@code *.crt} (SSL_ca_path). */
    public static TrustStore fromDirectory(Path directory) throws IOException {
        return TrustDirectory.read(directory);
    }

    /** The system's default store, found as the manual's default_ca finds it ({@link DefaultTrustLocations}). */
    public static TrustStore systemDefault() throws IOException {
        return DefaultTrustLocations.locate(System::getenv).load();
    }

    /** Whether {@code certificate} may be a trust anchor: a version 3 CA certificate. */
    static boolean isCa(Certificate certificate) {
        return certificate.extensions().basicConstraints().map(BasicConstraints::ca).orElse(false);
    }

    /** This store and {@code other} together (the manual adds SSL_ca before the file and the path). */
    public TrustStore plus(TrustStore other) {
        List<Certificate> all = new ArrayList<>(anchors);
        all.addAll(notAnchors);
        all.addAll(other.anchors);
        all.addAll(other.notAnchors);
        List<String> allProblems = new ArrayList<>(problems);
        allProblems.addAll(other.problems);
        return of(all, allProblems);
    }

    /** The trust anchors, in the order they were given. */
    public List<Certificate> anchors() {
        return anchors;
    }

    /** The anchors whose subject is {@code name} under RFC 5280 §7.1 comparison. */
    public List<Certificate> anchorsNamed(Name name) {
        return bySubject.getOrDefault(name.key(), List.of());
    }

    /** The anchors whose subjectKeyIdentifier is {@code keyIdentifier}. */
    public List<Certificate> anchorsWithKeyIdentifier(Bytes keyIdentifier) {
        return byKeyIdentifier.getOrDefault(keyIdentifier, List.of());
    }

    /** Whether {@code certificate} is one of the anchors. */
    public boolean isAnchor(Certificate certificate) {
        return anchorSet.contains(certificate);
    }

    /** Certificates given to the store that are not CA certificates, and so anchor nothing. */
    public List<Certificate> notAnchors() {
        return notAnchors;
    }

    /** Files or blocks that could not be read while the store was loaded from a directory or the system. */
    public List<String> problems() {
        return problems;
    }

    /** Whether the store has no anchor at all. */
    public boolean isEmpty() {
        return anchors.isEmpty();
    }

    @Override
    public String toString() {
        return "TrustStore[" + anchors.size() + " anchors" + (notAnchors.isEmpty() ? "" : ", " + notAnchors.size()
                + " certificates that are not CAs") + (problems.isEmpty() ? "" : ", " + problems.size() + " problems") + "]";
    }
}
