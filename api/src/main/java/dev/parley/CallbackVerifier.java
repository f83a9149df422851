package dev.parley;

import dev.parley.handshake.PeerVerifier;
import dev.parley.handshake.verify.CertificateFailure;
import dev.parley.handshake.verify.IdentityFailure;
import dev.parley.record.AlertDescription;
import dev.parley.record.FailureReason;
import dev.parley.record.TlsException;
import dev.parley.x509.Certificate;
import dev.parley.x509.identity.CertificateIdentity;
import dev.parley.x509.identity.HostnameCheck;
import dev.parley.x509.identity.HostnameScheme;
import dev.parley.x509.identity.HostnameVerifier;
import dev.parley.x509.identity.PublicSuffixList;
import dev.parley.x509.path.PathValidationException;
import java.util.List;
import java.util.Optional;

/**
 * {@code SSL_verify_callback} around a verifier: the callback sees every certificate the peer
 * sent, from the top of the chain down to the leaf (depth 0), with the verdict path validation
 * gave it, and its answer replaces that verdict. As in IO::Socket::SSL, the host name is checked
 * after the chain and the callback cannot waive that check.
 */
final class CallbackVerifier implements PeerVerifier {

    /** The callback's refusal of a certificate Parley accepted. */
    enum Refusal implements FailureReason {
        /** bad_certificate: the program refused the certificate. */
        REFUSED_BY_CALLBACK;

        @Override
        public AlertDescription alert() {
            return AlertDescription.BAD_CERTIFICATE;
        }
    }

    private final PeerVerifier inner;
    private final VerifyCallback callback;
    private final HostnameScheme scheme;
    private final Optional<PublicSuffixList> suffixes;

    CallbackVerifier(PeerVerifier inner, VerifyCallback callback, HostnameScheme scheme,
                     Optional<PublicSuffixList> suffixes) {
        this.inner = inner;
        this.callback = callback;
        this.scheme = scheme;
        this.suffixes = suffixes;
    }

    @Override
    public void verify(List<Certificate> chain, Context context) throws TlsException {
        try {
            inner.verify(chain, context);
        } catch (TlsException failure) {
            if (failure.reason() instanceof CertificateFailure
                    && failure.getCause() instanceof PathValidationException refusal) {
                if (consult(chain, Optional.of(refusal))) {
                    checkName(chain.get(0), context);
                    return;
                }
                throw failure;
            }
            if (failure.reason() == IdentityFailure.HOSTNAME_MISMATCH) {
                // The chain passed; the callback still has its say before the name decides.
                consult(chain, Optional.empty());
            }
            throw failure;
        }
        consult(chain, Optional.empty());
    }

    /**
     * Asks the callback about each certificate; true when it accepted every one, overturning
     * {@code refusal}. A certificate Parley accepted and the callback refused fails at once.
     */
    private boolean consult(List<Certificate> chain, Optional<PathValidationException> refusal) throws TlsException {
        int failedAt = refusal.map(e -> chain.indexOf(e.certificate())).orElse(-1);
        boolean allAccepted = true;
        for (int depth = chain.size() - 1; depth >= 0; depth--) {
            // A refusal about a certificate the peer did not send (an anchor) is reported at the top.
            boolean refusedHere = refusal.isPresent()
                    && (depth == failedAt || (failedAt < 0 && depth == chain.size() - 1));
            boolean accepted = callback.verify(!refusedHere, depth, CertificateDetails.of(chain.get(depth)),
                    refusedHere ? refusal.map(PathValidationException::detail) : Optional.empty());
            if (!accepted && !refusedHere) {
                throw new TlsException(Refusal.REFUSED_BY_CALLBACK, "the SSL_verify_callback refused "
                        + chain.get(depth).subject() + " at depth " + depth);
            }
            allAccepted &= accepted;
        }
        return allAccepted;
    }

    private void checkName(Certificate leaf, Context context) throws TlsException {
        if (!context.peerIsServer() || scheme.skipsCheck()) {
            return;
        }
        String name = context.expectedName().orElseThrow(() -> new TlsException(IdentityFailure.NO_NAME_TO_VERIFY,
                "the hostname scheme " + scheme + " needs the server's name, and none was given"));
        HostnameCheck check = suffixes.isPresent() ? HostnameVerifier.explain(leaf, name, scheme, suffixes.get())
                : HostnameVerifier.explain(CertificateIdentity.of(leaf), name, scheme);
        if (!check.matched()) {
            throw new TlsException(IdentityFailure.HOSTNAME_MISMATCH, "the certificate does not match the name "
                    + name + ": " + check.describe());
        }
    }
}
