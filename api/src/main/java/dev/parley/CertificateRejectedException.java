package dev.parley;

import dev.parley.handshake.PeerAlert;
import dev.parley.record.AlertDescription;
import java.util.Optional;

/**
 * The handshake failed because a certificate was refused: ours by the peer, or the peer's by us
 * (untrusted issuer, expired, wrong host name, pin mismatch). IO::Socket::SSL reports these as
 * "certificate verify failed".
 */
public class CertificateRejectedException extends HandshakeFailedException {

    public CertificateRejectedException(ErrorCode code, String message, Optional<AlertDescription> alertSent,
                                        Optional<PeerAlert> alertReceived, Throwable cause) {
        super(code, message, alertSent, alertReceived, cause);
    }
}
