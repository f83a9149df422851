package dev.parley;

import dev.parley.handshake.PeerAlert;
import dev.parley.record.AlertDescription;
import java.util.Optional;

/** The TLS handshake failed: the connection never carried application data. */
public class HandshakeFailedException extends ParleyException {

    public HandshakeFailedException(ErrorCode code, String message, Optional<AlertDescription> alertSent,
                                    Optional<PeerAlert> alertReceived, Throwable cause) {
        super(code, message, alertSent, alertReceived, cause);
    }
}
