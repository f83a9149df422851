package dev.parley;

import dev.parley.handshake.PeerAlert;
import dev.parley.record.AlertDescription;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure of a Parley connection or configuration, as the public API reports it: what happened
 * and what to do, in one message, with an {@link ErrorCode} and the alerts involved.
 *
 * <p>It is an {@link IOException} so that a {@code TlsSocket}'s streams can throw it where code
 * written for plain sockets expects I/O errors. The name keeps it apart from the protocol layer's
 * {@code dev.parley.record.TlsException}, which is the engine's internal failure (a reason and an
 * alert, worded for a protocol log): a {@code ParleyException} is that failure translated for the
 * person running the program, and keeps the original as its cause.
 *
 * <p>Subclasses mark the cases callers commonly treat apart: {@link HandshakeFailedException}
 * (the connection never became usable) and its {@link CertificateRejectedException} (the peer
 * could not be verified).
 */
public class ParleyException extends IOException {

    private final ErrorCode code;
    private final AlertDescription alertSent;
    private final PeerAlert alertReceived;

    /** A failure without alerts (configuration, closure, local faults). */
    public ParleyException(ErrorCode code, String message, Throwable cause) {
        this(code, message, Optional.empty(), Optional.empty(), cause);
    }

    /**
     * @param alertSent the alert we sent the peer because of this failure, if any
     * @param alertReceived the alert the peer ended the connection with, if it did
     */
    public ParleyException(ErrorCode code, String message, Optional<AlertDescription> alertSent,
                           Optional<PeerAlert> alertReceived, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.alertSent = alertSent.orElse(null);
        this.alertReceived = alertReceived.orElse(null);
    }

    /** What kind of failure this is. */
    public ErrorCode code() {
        return code;
    }

    /** The alert Parley sent to the peer because of this failure. */
    public Optional<AlertDescription> alertSent() {
        return Optional.ofNullable(alertSent);
    }

    /** The error alert the peer sent, if the peer ended the connection. */
    public Optional<PeerAlert> alertReceived() {
        return Optional.ofNullable(alertReceived);
    }
}
