package dev.parley.handshake.keys;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.Hkdf;
import dev.parley.record.TlsException;
import javax.security.auth.Destroyable;

/**
 * The second stage of the TLS 1.3 key schedule (RFC 8446 §7.1): the Handshake Secret and the two
 * handshake traffic secrets, which protect EncryptedExtensions through Finished and key both
 * Finished messages.
 *
 * <pre>
 * (EC)DHE -&gt; HKDF-Extract = Handshake Secret
 *           +-----&gt; Derive-Secret(., "c hs traffic", ClientHello...ServerHello)
 *           |                     = client_handshake_traffic_secret
 *           +-----&gt; Derive-Secret(., "s hs traffic", ClientHello...ServerHello)
 *           |                     = server_handshake_traffic_secret
 *           v
 *     Derive-Secret(., "derived", "")  --&gt;  {@link #traffic}
 * </pre>
 *
 * <p>Made by {@link KeyScheduleEarly#handshake}. {@link #traffic} destroys the Handshake Secret;
 * the handshake traffic secrets stay until {@link #destroy()}, because the client's Finished is
 * sent (and checked) after the application secrets exist.
 */
public final class KeyScheduleHandshake implements Destroyable {

    private final CryptoProvider crypto;
    private final HashAlgorithm hash;
    private final Hkdf hkdf;
    private final Secret handshakeSecret;
    private final TrafficSecret clientHandshakeTrafficSecret;
    private final TrafficSecret serverHandshakeTrafficSecret;

    KeyScheduleHandshake(CryptoProvider crypto, HashAlgorithm hash, Secret handshakeSecret, Bytes helloTranscriptHash)
            throws TlsException {
        this.crypto = crypto;
        this.hash = hash;
        this.hkdf = crypto.hkdf(hash);
        this.handshakeSecret = handshakeSecret;
        this.clientHandshakeTrafficSecret = TrafficSecret.derive(crypto, hash, TrafficSecret.Kind.CLIENT_HANDSHAKE,
                handshakeSecret, "c hs traffic", helloTranscriptHash);
        this.serverHandshakeTrafficSecret = TrafficSecret.derive(crypto, hash, TrafficSecret.Kind.SERVER_HANDSHAKE,
                handshakeSecret, "s hs traffic", helloTranscriptHash);
    }

    /** The cipher suite hash of this key schedule. */
    public HashAlgorithm hash() {
        return hash;
    }

    /** The Handshake Secret, for known-answer tests. */
    Secret handshakeSecret() {
        return handshakeSecret;
    }

    /** client_handshake_traffic_secret: the client's handshake keys and its Finished key. */
    public TrafficSecret clientHandshakeTrafficSecret() {
        return clientHandshakeTrafficSecret;
    }

    /** server_handshake_traffic_secret: the server's handshake keys and its Finished key. */
    public TrafficSecret serverHandshakeTrafficSecret() {
        return serverHandshakeTrafficSecret;
    }

    /**
     * The application traffic stage: Master Secret = HKDF-Extract(Derive-Secret(., "derived", ""),
     * 0), then the application traffic and exporter secrets over ClientHello...server Finished.
     * Destroys the Handshake Secret.
     *
     * @param serverFinishedTranscriptHash Transcript-Hash(ClientHello...server Finished)
     */
    public KeyScheduleTraffic traffic(Bytes serverFinishedTranscriptHash) throws TlsException {
        Secret derived = DeriveSecret.derive(hkdf, handshakeSecret, "derived", Bytes.wrap(crypto.hash(hash).digest()));
        try {
            // RFC 8446 §7.1: 0 -> HKDF-Extract = Master Secret, salted with the "derived" secret.
            byte[] zeros = new byte[hash.outputLength()];
            Secret masterSecret = Secret.wrap(hkdf.extract(derived.bytes(), zeros));
            return new KeyScheduleTraffic(crypto, hash, masterSecret, serverFinishedTranscriptHash);
        } finally {
            derived.destroy();
            handshakeSecret.destroy();
        }
    }

    /** Destroys the Handshake Secret and both handshake traffic secrets. */
    @Override
    public void destroy() {
        handshakeSecret.destroy();
        clientHandshakeTrafficSecret.destroy();
        serverHandshakeTrafficSecret.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return handshakeSecret.isDestroyed() && clientHandshakeTrafficSecret.isDestroyed()
                && serverHandshakeTrafficSecret.isDestroyed();
    }

    @Override
    public String toString() {
        return "KeyScheduleHandshake(" + hash.standardName() + ", " + handshakeSecret + ")";
    }
}
