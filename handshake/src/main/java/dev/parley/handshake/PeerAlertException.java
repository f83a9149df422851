package dev.parley.handshake;

import dev.parley.record.TlsException;

/** The peer ended the connection with an error alert; the engine answered nothing (RFC 8446 §6.2). */
public final class PeerAlertException extends TlsException {

    private final PeerAlert peerAlert;

    public PeerAlertException(PeerAlert peerAlert) {
        super(EngineFailure.PEER_SENT_ERROR_ALERT, "the peer sent the alert " + peerAlert);
        this.peerAlert = peerAlert;
    }

    /** The alert as the peer sent it. */
    public PeerAlert peerAlert() {
        return peerAlert;
    }
}
