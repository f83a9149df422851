package dev.parley.handshake.engine;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.KeyUpdateRequest;
import dev.parley.handshake.keys.Exporter;
import dev.parley.handshake.keys.TrafficKeys;
import dev.parley.handshake.keys.TrafficSecret;
import dev.parley.handshake.message.KeyUpdate;
import dev.parley.record.TlsException;
import java.util.Objects;

/**
 * The TLS 1.3 application traffic secrets of an established connection and their updates
 * (RFC 8446 §4.6.3, §7.2), shared by the client's and the server's connected state.
 *
 * <p>Both directions move independently: a received KeyUpdate replaces the read keys; our own
 * update (asked for by the application, by the peer, or due under the AEAD limits of §5.5)
 * replaces the write keys. A peer's request is answered once, however many requests arrived
 * while we were silent (§4.6.3).
 */
public final class ApplicationTraffic {

    private final AeadAlgorithm aead;
    private final Exporter exporter;
    private TrafficSecret writeSecret;
    private TrafficSecret readSecret;
    private boolean updateOwed;

    /**
     * @param aead the negotiated AEAD
     * @param writeSecret our application_traffic_secret_0 (its keys are already installed)
     * @param readSecret the peer's application_traffic_secret_0 (its keys are already installed)
     * @param exporter the exporter_master_secret
     */
    public ApplicationTraffic(AeadAlgorithm aead, TrafficSecret writeSecret, TrafficSecret readSecret,
                              Exporter exporter) {
        this.aead = Objects.requireNonNull(aead, "aead");
        this.writeSecret = Objects.requireNonNull(writeSecret, "writeSecret");
        this.readSecret = Objects.requireNonNull(readSecret, "readSecret");
        this.exporter = Objects.requireNonNull(exporter, "exporter");
    }

    /**
     * The peer's KeyUpdate: from its next record on, the peer writes with the next secret
     * (RFC 8446 §4.6.3); if it asked, we owe it an update of our own.
     */
    public void receive(HandshakeContext context, KeyUpdate keyUpdate) throws TlsException {
        KeyUpdateRequest request = keyUpdate.requestUpdate();
        if (!request.equals(KeyUpdateRequest.UPDATE_NOT_REQUESTED) && !request.equals(KeyUpdateRequest.UPDATE_REQUESTED)) {
            // RFC 8446 §4.6.3: any other request_update value is illegal_parameter.
            throw new TlsException(HandshakeFailure.ILLEGAL_KEY_UPDATE_REQUEST,
                    "the peer's KeyUpdate has request_update " + request);
        }
        TrafficSecret next = readSecret.nextApplicationTrafficSecret();
        installRead(context, next);
        if (keyUpdate.requestUpdate().equals(KeyUpdateRequest.UPDATE_REQUESTED)) {
            updateOwed = true;
        }
    }

    /** Whether the peer asked for an update that we have not sent yet. */
    public boolean updateOwed() {
        return updateOwed;
    }

    /**
     * Sends a KeyUpdate and switches our write keys (RFC 8446 §4.6.3): the KeyUpdate itself still
     * goes out under the old keys. Also settles an update the peer asked for.
     *
     * @param requestPeerUpdate whether to ask the peer to update its keys too
     */
    public void update(HandshakeContext context, boolean requestPeerUpdate) throws TlsException {
        context.send(new KeyUpdate(requestPeerUpdate
                ? KeyUpdateRequest.UPDATE_REQUESTED : KeyUpdateRequest.UPDATE_NOT_REQUESTED));
        TrafficSecret next = writeSecret.nextApplicationTrafficSecret();
        TrafficKeys keys = next.keys(aead);
        context.installWriteKeys(keys);
        keys.destroy();
        writeSecret.destroy();
        writeSecret = next;
        updateOwed = false;
    }

    /** Sends the update the peer asked for, if one is owed. */
    public void settleOwedUpdate(HandshakeContext context) throws TlsException {
        if (updateOwed) {
            update(context, false);
        }
    }

    /** Keying material for the application (RFC 8446 §7.5). */
    public byte[] exportKeyingMaterial(String label, Bytes context, int length) throws TlsException {
        return exporter.exportKeyingMaterial(label, context, length);
    }

    /** How many times our write keys were updated. */
    public long writeGeneration() {
        return writeSecret.generation();
    }

    /** How many times the peer's keys were updated. */
    public long readGeneration() {
        return readSecret.generation();
    }

    /** Forgets every secret. */
    public void destroy() {
        writeSecret.destroy();
        readSecret.destroy();
        exporter.destroy();
    }

    private void installRead(HandshakeContext context, TrafficSecret next) throws TlsException {
        TrafficKeys keys = next.keys(aead);
        try {
            context.installReadKeys(keys);
        } finally {
            keys.destroy();
        }
        readSecret.destroy();
        readSecret = next;
    }
}
