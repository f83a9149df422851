package dev.parley;

import dev.parley.crypto.CryptoProvider;
import dev.parley.handshake.PeerVerifier;
import dev.parley.record.TlsException;
import dev.parley.x509.Certificate;
import dev.parley.x509.identity.Fingerprint;
import dev.parley.x509.identity.FingerprintPins;
import dev.parley.x509.identity.HostnameCheck;
import dev.parley.x509.identity.HostnameScheme;
import dev.parley.x509.identity.HostnameVerifier;
import dev.parley.x509.identity.PublicSuffixList;
import dev.parley.x509.path.PathFailure;
import dev.parley.x509.path.PathValidationException;
import dev.parley.x509.path.PathValidator;
import dev.parley.x509.path.Purpose;
import dev.parley.x509.path.ValidationParameters;
import dev.parley.x509.trust.TrustStore;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * Judges the peer's certificate chain the way IO::Socket::SSL's options ask, for one connection:
 * <ol>
 *   <li>a leaf matching an {@code SSL_fingerprint} pin is accepted without path validation;</li>
 *   <li>otherwise the chain must validate to an anchor of the trust store ({@code SSL_ca*}) for the
 *       peer's role, at the config's clock (x509 path validation, RFC 5280 §6);</li>
 *   <li>{@code SSL_verify_callback}, if set, sees each certificate with that verdict and may
 *       overturn it;</li>
 *   <li>a client then checks the server's name ({@code SSL_verifycn_name}) under the scheme
 *       ({@code SSL_verifycn_scheme}, default {@code http}), pinned leaf or not: a pin is not a
 *       name (x509's {@code FingerprintPins} rule, stricter than IO::Socket::SSL, where a pin
 *       also skips the name check).</li>
 * </ol>
 * Refusals are {@link TlsException}s with a {@link VerifyFailure} and a detail that names the
 * certificate and the likely cause.
 */
final class ChainVerifier implements PeerVerifier {

    /** What a verifier checks, from the config. */
    record Settings(TrustStore trust, FingerprintPins pins, Optional<VerifyCallback> callback,
                    HostnameScheme scheme, Optional<PublicSuffixList> suffixes, CryptoProvider crypto,
                    InstantSource clock) {
    }

    private final Settings settings;
    private final Purpose purpose;
    private final Optional<String> referenceName;

    /**
     * @param purpose {@link Purpose#SERVER_AUTH} for a client judging a server, else CLIENT_AUTH
     * @param referenceName the name a server's certificate must carry; empty on a server
     */
    ChainVerifier(Settings settings, Purpose purpose, Optional<String> referenceName) {
        this.settings = settings;
        this.purpose = purpose;
        this.referenceName = referenceName;
    }

    @Override
    public void verify(List<Certificate> chain, Context context) throws TlsException {
        Certificate leaf = chain.get(0);
        Optional<Fingerprint> pin = settings.pins().matchingPin(leaf.encoded().toByteArray(),
                leaf.subjectPublicKeyInfo().subjectPublicKey().bytes().toByteArray(), settings.crypto());
        Optional<PathValidationException> refusal = pin.isPresent() ? Optional.empty() : validate(chain);
        Optional<TlsException> failure = refusal.map(e -> refused(e, chain));
        if (settings.callback().isPresent()) {
            failure = consultCallback(chain, refusal, failure);
        }
        if (failure.isPresent()) {
            throw failure.get();
        }
        if (purpose == Purpose.SERVER_AUTH && referenceName.isPresent()) {
            checkName(leaf, referenceName.get());
        }
    }

    private Optional<PathValidationException> validate(List<Certificate> chain) {
        ValidationParameters parameters = ValidationParameters.builder()
                .time(settings.clock().instant()).purpose(purpose).build();
        try {
            new PathValidator(settings.crypto()).validate(chain, settings.trust(), parameters);
            return Optional.empty();
        } catch (PathValidationException e) {
            return Optional.of(e);
        }
    }

    /** Calls the callback for each certificate, top of the chain first; its answers decide. */
    private Optional<TlsException> consultCallback(List<Certificate> chain, Optional<PathValidationException> refusal,
                                                   Optional<TlsException> failure) {
        int failedAt = refusal.map(e -> chain.indexOf(e.certificate())).orElse(-1);
        boolean anyRefusalLeft = false;
        for (int depth = chain.size() - 1; depth >= 0; depth--) {
            // A failure about a certificate the peer did not send (an anchor) is reported at the top.
            boolean here = refusal.isPresent() && (depth == failedAt || (failedAt < 0 && depth == chain.size() - 1));
            Optional<String> error = here ? refusal.map(PathValidationException::detail) : Optional.empty();
            boolean accepted = settings.callback().get().verify(!here, depth, CertificateDetails.of(chain.get(depth)),
                    error);
            if (!accepted && !here) {
                return Optional.of(new TlsException(VerifyFailure.REFUSED_BY_CALLBACK, "the SSL_verify_callback "
                        + "refused " + chain.get(depth).subject() + " at depth " + depth));
            }
            anyRefusalLeft |= here && !accepted;
        }
        return anyRefusalLeft ? failure : Optional.empty();
    }

    private void checkName(Certificate leaf, String name) throws TlsException {
        HostnameScheme scheme = settings.scheme();
        HostnameCheck check = settings.suffixes().isPresent()
                ? HostnameVerifier.explain(leaf, name, scheme, settings.suffixes().get())
                : HostnameVerifier.explain(dev.parley.x509.identity.CertificateIdentity.of(leaf), name, scheme);
        if (!check.matched()) {
            throw new TlsException(VerifyFailure.HOSTNAME_MISMATCH, "the certificate " + leaf.subject()
                    + " is not valid for '" + name + "' (scheme " + scheme.name() + "); it names "
                    + check.offered() + " — connect with one of those names, or set SSL_verifycn_name "
                    + "(verifyName) to the name the certificate carries");
        }
    }

    /** The refusal of path validation as a TLS failure whose detail suggests the likely cause. */
    private TlsException refused(PathValidationException e, List<Certificate> chain) {
        StringBuilder detail = new StringBuilder(e.detail());
        Certificate leaf = chain.get(0);
        switch (e.reason()) {
            case UNKNOWN_ISSUER, UNTRUSTED_ROOT -> {
                if (chain.size() == 1 && leaf.isSelfIssued()) {
                    detail.append(" — trust it by its fingerprint (SSL_fingerprint " + fingerprintOf(leaf) + ")");
                } else if (e.reason() == PathFailure.UNKNOWN_ISSUER && chain.size() == 1) {
                    detail.append(" — the peer sent only its own certificate: its certificate file must hold the "
                            + "intermediate certificates too; or add its CA to the trust store (SSL_ca_file)");
                } else if (e.reason() == PathFailure.UNKNOWN_ISSUER) {
                    detail.append(" — add the issuing CA to the trust store (SSL_ca_file, SSL_ca_path)");
                } else {
                    detail.append(" — add that root to the trust store (SSL_ca_file), or pin the leaf "
                            + "(SSL_fingerprint " + fingerprintOf(leaf) + ")");
                }
            }
            case EXPIRED, NOT_YET_VALID -> detail.append(" — it must be renewed, unless this machine's clock is wrong");
            case REVOKED -> detail.append(" — its issuer revoked it: it must not be trusted");
            default -> detail.append(" — the certificate or its chain must be fixed by whoever runs the peer");
        }
        if (settings.trust().notAnchors().contains(chain.get(0))) {
            detail.append(" (this very certificate is in the CA file, but a CA file only holds CA certificates: "
                    + "pin it with SSL_fingerprint instead)");
        }
        return new TlsException(VerifyFailure.of(e.suggestedAlert()), detail.toString(), e);
    }

    private String fingerprintOf(Certificate certificate) {
        return Fingerprint.of(certificate.encoded().toByteArray(), "sha256", settings.crypto()).toString();
    }
}
