package dev.parley.handshake.verify;

import dev.parley.crypto.CryptoProvider;
import dev.parley.handshake.PeerVerifier;
import dev.parley.record.TlsException;
import dev.parley.x509.Certificate;
import dev.parley.x509.identity.FingerprintPins;
import dev.parley.x509.identity.HostnameCheck;
import dev.parley.x509.identity.HostnameScheme;
import dev.parley.x509.identity.HostnameVerifier;
import dev.parley.x509.identity.PublicSuffixList;
import dev.parley.x509.path.PathValidationException;
import dev.parley.x509.path.PathValidator;
import dev.parley.x509.path.Purpose;
import dev.parley.x509.path.ValidationParameters;
import dev.parley.x509.trust.TrustStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Judges a peer's chain the way IO::Socket::SSL's defaults do, with Parley's x509 module:
 * <ol>
 *   <li>a leaf matching one of the pinned fingerprints is accepted at once, whatever its chain
 *       (the manual's SSL_fingerprint rule); with {@code pinsOnly} nothing else is accepted;</li>
 *   <li>otherwise the chain must validate to the trust store at the engine's clock (RFC 5280 §6,
 *       for serverAuth when the peer is a server, clientAuth when it is a client);</li>
 *   <li>and a server's leaf must match the name the client wanted under the hostname scheme
 *       (RFC 6125 §6), with wildcards never over a public suffix.</li>
 * </ol>
 * Every refusal carries the alert RFC 8446 §6.2 assigns (see {@link CertificateFailure}) and a
 * message that explains what was wrong.
 */
public final class X509PeerVerifier implements PeerVerifier {

    /**
     * The hostname scheme of the web PKI and of modern TLS clients: subjectAltName only (the
     * commonName is never consulted, as the CA/Browser Forum requires SANs), wildcards only as a
     * whole left-most label (RFC 6125 §6.4.3), IP addresses only against iPAddress entries.
     */
    public static final HostnameScheme WEB_PKI = HostnameScheme.custom(HostnameScheme.CheckCn.NEVER,
            HostnameScheme.Wildcards.FULL_LABEL, HostnameScheme.Wildcards.NONE, HostnameScheme.IpInCn.NO);

    private final CryptoProvider crypto;
    private final PathValidator validator;
    private final TrustStore trust;
    private final HostnameScheme scheme;
    private final PublicSuffixList suffixes;
    private final FingerprintPins pins;
    private final boolean pinsOnly;
    private final UnaryOperator<ValidationParameters.Builder> parameters;

    private X509PeerVerifier(Builder b) {
        this.crypto = b.crypto;
        this.validator = new PathValidator(b.crypto);
        this.trust = b.trust;
        this.scheme = b.scheme;
        this.suffixes = b.suffixes;
        this.pins = b.pins;
        this.pinsOnly = b.pinsOnly;
        this.parameters = b.parameters;
    }

    /** A builder trusting {@code trust}, checking names under {@link #WEB_PKI}. */
    public static Builder builder(CryptoProvider crypto, TrustStore trust) {
        return new Builder(crypto, trust);
    }

    @Override
    public void verify(List<Certificate> chain, Context context) throws TlsException {
        Certificate leaf = chain.get(0);
        if (!pins.isEmpty() && pins.acceptsLeaf(leaf.encoded().toByteArray(),
                leaf.subjectPublicKeyInfo().subjectPublicKey().bytes().toByteArray(), crypto)) {
            return;
        }
        if (pinsOnly) {
            throw new TlsException(IdentityFailure.FINGERPRINT_MISMATCH, "the certificate of " + leaf.subject()
                    + " matches none of the pinned fingerprints " + pins + ", and only pinned certificates are accepted");
        }
        validate(chain, context);
        if (context.peerIsServer() && !scheme.skipsCheck()) {
            checkName(leaf, context.expectedName());
        }
    }

    private void validate(List<Certificate> chain, Context context) throws TlsException {
        ValidationParameters.Builder builder = ValidationParameters.builder()
                .time(context.now())
                .purpose(context.peerIsServer() ? Purpose.SERVER_AUTH : Purpose.CLIENT_AUTH);
        try {
            validator.validate(chain, trust, parameters.apply(builder).build());
        } catch (PathValidationException e) {
            throw new TlsException(new CertificateFailure(e.reason()), "certificate verify failed: " + e.getMessage(), e);
        }
    }

    private void checkName(Certificate leaf, Optional<String> expectedName) throws TlsException {
        String name = expectedName.orElseThrow(() -> new TlsException(IdentityFailure.NO_NAME_TO_VERIFY,
                "the hostname scheme " + scheme + " needs the server's name, and none was given"));
        HostnameCheck check = HostnameVerifier.explain(leaf, name, scheme, suffixes);
        if (!check.matched()) {
            throw new TlsException(IdentityFailure.HOSTNAME_MISMATCH,
                    "the certificate does not match the name " + name + ": " + check.describe());
        }
    }

    /** Builds an {@link X509PeerVerifier}. */
    public static final class Builder {
        private final CryptoProvider crypto;
        private final TrustStore trust;
        private HostnameScheme scheme = WEB_PKI;
        private PublicSuffixList suffixes = PublicSuffixList.defaultList();
        private FingerprintPins pins = FingerprintPins.none();
        private boolean pinsOnly;
        private UnaryOperator<ValidationParameters.Builder> parameters = UnaryOperator.identity();

        private Builder(CryptoProvider crypto, TrustStore trust) {
            this.crypto = Objects.requireNonNull(crypto, "crypto");
            this.trust = Objects.requireNonNull(trust, "trust");
        }

        /** The hostname scheme (SSL_verifycn_scheme); {@link HostnameScheme#NONE} skips the check. */
        public Builder hostnameScheme(HostnameScheme scheme) {
            this.scheme = Objects.requireNonNull(scheme, "scheme");
            return this;
        }

        /** The public suffix list wildcards are checked against (SSL_verifycn_publicsuffix). */
        public Builder publicSuffixList(PublicSuffixList suffixes) {
            this.suffixes = Objects.requireNonNull(suffixes, "suffixes");
            return this;
        }

        /** Pinned fingerprints (SSL_fingerprint): a matching leaf is accepted whatever its chain. */
        public Builder pins(FingerprintPins pins) {
            this.pins = Objects.requireNonNull(pins, "pins");
            return this;
        }

        /** Accept only pinned leaves (SSL_force_fingerprint). */
        public Builder pinsOnly(boolean pinsOnly) {
            this.pinsOnly = pinsOnly;
            return this;
        }

        /**
         * Further path validation settings (CRLs, depth, algorithm policy); time and purpose are
         * always set from the connection.
         */
        public Builder validationParameters(UnaryOperator<ValidationParameters.Builder> parameters) {
            this.parameters = Objects.requireNonNull(parameters, "parameters");
            return this;
        }

        public X509PeerVerifier build() {
            if (pinsOnly && pins.isEmpty()) {
                throw new IllegalArgumentException("pinsOnly needs at least one pinned fingerprint");
            }
            return new X509PeerVerifier(this);
        }
    }
}
