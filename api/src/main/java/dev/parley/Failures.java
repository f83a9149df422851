package dev.parley;

import dev.parley.handshake.EngineFailure;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.PeerAlert;
import dev.parley.handshake.PeerAlertException;
import dev.parley.handshake.verify.IdentityFailure;
import dev.parley.record.AlertDescription;
import dev.parley.record.RecordFailure;
import dev.parley.record.TlsException;
import dev.parley.x509.Certificate;
import dev.parley.x509.path.PathValidationException;
import java.util.Optional;

/**
 * Turns the engine's failures into {@link ParleyException}s that a person can act on: what
 * happened, in words, then what to do. The engine's own detail is kept in the message and the
 * original exception as the cause, for the log.
 *
 * <p>The translation reads the alert and who sent it: an alert the peer sent says what the peer
 * objects to; an alert we sent says what we found wrong. A few failures that carry no
 * distinctive alert (truncation, bytes that are not TLS at all) are recognised by their reason.
 */
final class Failures {

    private final TlsConfig.Side side;
    private final String peer;

    /**
     * @param side our side of the connection
     * @param peer how to name the peer in messages, e.g. {@code server example.com:443}
     */
    Failures(TlsConfig.Side side, String peer) {
        this.side = side;
        this.peer = peer;
    }

    /** The public exception for {@code failure}, which happened during the handshake or after it. */
    ParleyException translate(TlsException failure, boolean handshakeComplete) {
        if (failure instanceof PeerAlertException alert) {
            return fromPeerAlert(alert.peerAlert(), handshakeComplete, failure);
        }
        Optional<AlertDescription> sent = failure.reason().sendsAlert() ? Optional.of(failure.alert()) : Optional.empty();
        if (failure.reason() == EngineFailure.TRUNCATED) {
            return handshakeComplete
                    ? new ParleyException(ErrorCode.TRUNCATED, "the " + peer + " ended the connection without close_notify: "
                    + "the data received may have been cut short by an attacker; treat it as incomplete", failure)
                    : handshake(ErrorCode.PROTOCOL_ERROR, "the " + peer + " closed the connection during the handshake "
                    + "without an alert — it may not speak TLS on this port, or silently refused our "
                    + (side == TlsConfig.Side.CLIENT ? "ClientHello (perhaps no TLS 1.3); compare with "
                    + "'openssl s_client -connect host:port'" : "ServerHello"), sent, failure);
        }
        if (failure.reason() == EngineFailure.CLOSED_DURING_HANDSHAKE) {
            return handshake(ErrorCode.PROTOCOL_ERROR, "the " + peer + " closed the connection (close_notify) before "
                    + "the handshake completed", sent, failure);
        }
        if (!handshakeComplete && (failure.reason() == RecordFailure.UNKNOWN_CONTENT_TYPE
                || failure.reason() == RecordFailure.RECORD_VERSION_NOT_TLS)) {
            return handshake(ErrorCode.PROTOCOL_ERROR, "the " + peer + " does not speak TLS: what arrived is not a "
                    + "TLS record (" + failure.detail() + ") — is this a plain-text port (HTTP, or SMTP/IMAP before "
                    + "STARTTLS)?", sent, failure);
        }
        return fromOwnAlert(failure, sent, handshakeComplete);
    }

    private ParleyException fromOwnAlert(TlsException failure, Optional<AlertDescription> sent, boolean complete) {
        AlertDescription alert = failure.alert();
        String detail = failure.detail();
        if (failure.reason() == HandshakeFailure.CLIENT_CONFIG_UNUSABLE
                || failure.reason() == HandshakeFailure.CLIENT_AUTH_WITHOUT_VERIFIER
                || failure.reason() == HandshakeFailure.OWN_KEY_UNUSABLE) {
            return handshake(ErrorCode.CONFIGURATION, "this configuration cannot make the handshake: " + detail,
                    sent, failure);
        }
        if (alert.equals(AlertDescription.INTERNAL_ERROR)) {
            return new ParleyException(ErrorCode.INTERNAL, "internal error in Parley: " + detail
                    + " — please report it with a debug log (PARLEY_DEBUG=3)", sent, Optional.empty(), failure);
        }
        if (failure.getCause() instanceof PathValidationException refusal) {
            return rejected(ErrorCode.CERTIFICATE_VERIFY_FAILED, "certificate verify failed: " + refusal.detail()
                    + " — " + pathAdvice(refusal), sent, Optional.empty(), failure);
        }
        if (failure.reason() == IdentityFailure.HOSTNAME_MISMATCH) {
            return rejected(ErrorCode.HOSTNAME_MISMATCH, "certificate verify failed: " + detail + "\n— connect with "
                    + "a name the certificate carries, or set the name to check (SSL_verifycn_name) or the rules "
                    + "(SSL_verifycn_scheme)", sent, Optional.empty(), failure);
        }
        if (failure.reason() == IdentityFailure.FINGERPRINT_MISMATCH
                || failure.reason() == CallbackVerifier.Refusal.REFUSED_BY_CALLBACK) {
            return rejected(ErrorCode.CERTIFICATE_VERIFY_FAILED, "certificate verify failed: " + detail, sent,
                    Optional.empty(), failure);
        }
        if (failure.reason() == IdentityFailure.NO_NAME_TO_VERIFY) {
            return handshake(ErrorCode.CONFIGURATION, detail + " — name the server with SSL_verifycn_name "
                    + "(verifyName), or choose the scheme none", sent, failure);
        }
        if (isCertificateAlert(alert) && !alert.equals(AlertDescription.CERTIFICATE_REQUIRED)) {
            String who = side == TlsConfig.Side.CLIENT ? "the server's" : "the client's";
            return rejected(ErrorCode.CERTIFICATE_VERIFY_FAILED, "certificate verify failed: " + detail + " — "
                    + certificateAdvice(alert, who), sent, Optional.empty(), failure);
        }
        if (alert.equals(AlertDescription.CERTIFICATE_REQUIRED)) {
            return rejected(ErrorCode.CLIENT_CERTIFICATE_REJECTED, "the client sent no certificate, and this server "
                    + "requires one (SSL_verify_mode fail_if_no_peer_cert): " + detail, sent, Optional.empty(), failure);
        }
        if (isNegotiationAlert(alert)) {
            return handshake(ErrorCode.NO_COMMON_PARAMETERS, "no common ground with the " + peer + ": " + detail
                    + " — " + negotiationAdvice(alert), sent, failure);
        }
        String what = "the " + peer + " broke the TLS protocol (we sent " + alert + "): " + detail
                + " — if the peer is a mainstream implementation, this may be a Parley bug; "
                + "a debug log (PARLEY_DEBUG=3) shows the messages exchanged";
        return complete ? new ParleyException(ErrorCode.PROTOCOL_ERROR, what, sent, Optional.empty(), failure)
                : handshake(ErrorCode.PROTOCOL_ERROR, what, sent, failure);
    }

    private ParleyException fromPeerAlert(PeerAlert alert, boolean complete, TlsException failure) {
        AlertDescription description = alert.description();
        Optional<PeerAlert> received = Optional.of(alert);
        String said = "the " + peer + " ended the connection with the alert " + description;
        if (isCertificateAlert(description)) {
            String message = side == TlsConfig.Side.CLIENT
                    ? clientCertificateRefused(description, said)
                    : said + ": the client does not accept our certificate — " + certificateAdvice(description, "our");
            return rejected(side == TlsConfig.Side.CLIENT ? ErrorCode.CLIENT_CERTIFICATE_REJECTED
                    : ErrorCode.CERTIFICATE_VERIFY_FAILED, message, Optional.empty(), received, failure);
        }
        if (isNegotiationAlert(description)) {
            return new HandshakeFailedException(ErrorCode.NO_COMMON_PARAMETERS, said + ": it shares nothing it accepts "
                    + "with what we offered — " + negotiationAdvice(description), Optional.empty(), received, failure);
        }
        if (description.equals(AlertDescription.UNRECOGNIZED_NAME)) {
            return new HandshakeFailedException(ErrorCode.PEER_ALERT, said + ": it serves no site under the name we "
                    + "sent in SNI — check the host name, or set the SNI name with hostname(...)", Optional.empty(),
                    received, failure);
        }
        if (description.equals(AlertDescription.DECRYPT_ERROR) || description.equals(AlertDescription.BAD_RECORD_MAC)) {
            said += ": it could not verify our signature, Finished or records — data was changed in transit, "
                    + "or the two sides disagree on the keys";
        }
        return complete ? new ParleyException(ErrorCode.PEER_ALERT, said, Optional.empty(), received, failure)
                : new HandshakeFailedException(ErrorCode.PEER_ALERT, said, Optional.empty(), received, failure);
    }

    /** What to do about a chain path validation refused, by the reason it gave. */
    private static String pathAdvice(PathValidationException refusal) {
        Certificate certificate = refusal.certificate();
        return switch (refusal.reason()) {
            case UNKNOWN_ISSUER -> "if the peer sent no intermediate certificates, its certificate file must hold "
                    + "them (leaf first, then the intermediates); otherwise add the issuing CA to the trust store "
                    + "(SSL_ca_file, SSL_ca_path)";
            case UNTRUSTED_ROOT -> certificate.extensions().basicConstraints().map(b -> b.ca()).orElse(false)
                    ? "add that root to the trust store (SSL_ca_file), or pin the peer's certificate (SSL_fingerprint)"
                    : "it is a self-signed certificate, not issued by a CA: trust it by its fingerprint "
                    + "(SSL_fingerprint " + CertificateDetails.of(certificate).fingerprint() + ")";
            case EXPIRED, NOT_YET_VALID -> "it must be renewed, unless this machine's clock is wrong";
            case REVOKED -> "its issuer revoked it: it must not be trusted";
            case REVOCATION_STATUS_UNKNOWN -> "no CRL covers it: provide the issuer's current CRL";
            default -> "the certificate or its chain must be fixed by whoever runs the peer";
        };
    }

    private String clientCertificateRefused(AlertDescription alert, String said) {
        if (alert.equals(AlertDescription.CERTIFICATE_REQUIRED)) {
            return said + ": it requires a client certificate — configure one with certificate(certFile, keyFile)";
        }
        return said + ": it refused our client certificate — " + certificateAdvice(alert, "our");
    }

    private static String certificateAdvice(AlertDescription alert, String whose) {
        if (alert.equals(AlertDescription.UNKNOWN_CA)) {
            return "no trusted issuer was found for " + whose + " certificate: either the intermediate certificates "
                    + "were not sent (the certificate file must hold the whole chain, leaf first), or the root is "
                    + "not in the trust store (SSL_ca_file/SSL_ca_path), or pin it with SSL_fingerprint";
        }
        if (alert.equals(AlertDescription.CERTIFICATE_EXPIRED)) {
            return whose + " certificate is outside its validity period: renew it, or check this machine's clock";
        }
        if (alert.equals(AlertDescription.CERTIFICATE_REVOKED)) {
            return whose + " certificate was revoked by its issuer and must not be trusted";
        }
        if (alert.equals(AlertDescription.UNSUPPORTED_CERTIFICATE)) {
            return whose + " certificate uses a key type or algorithm the verifier does not support, or is not "
                    + "meant for this purpose (key usage)";
        }
        if (alert.equals(AlertDescription.ACCESS_DENIED)) {
            return "the certificate is valid but not allowed access";
        }
        return "check " + whose + " certificate: the names it carries (SSL_verifycn_name, SSL_verifycn_scheme), "
                + "its chain and its validity";
    }

    private String negotiationAdvice(AlertDescription alert) {
        if (alert.equals(AlertDescription.NO_APPLICATION_PROTOCOL)) {
            return "no ALPN protocol in common: compare SSL_alpn_protocols on both sides";
        }
        if (alert.equals(AlertDescription.PROTOCOL_VERSION)) {
            return "no protocol version in common: Parley speaks " + String.join(", ",
                    VersionSyntax.IMPLEMENTED.stream().map(VersionSyntax::name).toList())
                    + "; the peer probably speaks only older versions";
        }
        return "compare the versions (SSL_version), cipher suites (SSL_cipher_list), groups (SSL_ecdh_curve) and "
                + "certificate key types on both sides";
    }

    private static boolean isCertificateAlert(AlertDescription alert) {
        return alert.equals(AlertDescription.BAD_CERTIFICATE) || alert.equals(AlertDescription.UNSUPPORTED_CERTIFICATE)
                || alert.equals(AlertDescription.CERTIFICATE_REVOKED) || alert.equals(AlertDescription.CERTIFICATE_EXPIRED)
                || alert.equals(AlertDescription.CERTIFICATE_UNKNOWN) || alert.equals(AlertDescription.UNKNOWN_CA)
                || alert.equals(AlertDescription.ACCESS_DENIED) || alert.equals(AlertDescription.CERTIFICATE_REQUIRED);
    }

    private static boolean isNegotiationAlert(AlertDescription alert) {
        return alert.equals(AlertDescription.HANDSHAKE_FAILURE) || alert.equals(AlertDescription.PROTOCOL_VERSION)
                || alert.equals(AlertDescription.INSUFFICIENT_SECURITY)
                || alert.equals(AlertDescription.NO_APPLICATION_PROTOCOL);
    }

    private static HandshakeFailedException handshake(ErrorCode code, String message, Optional<AlertDescription> sent,
                                                      TlsException cause) {
        return new HandshakeFailedException(code, message, sent, Optional.empty(), cause);
    }

    private static CertificateRejectedException rejected(ErrorCode code, String message, Optional<AlertDescription> sent,
                                                         Optional<PeerAlert> received, TlsException cause) {
        return new CertificateRejectedException(code, message, sent, received, cause);
    }
}
