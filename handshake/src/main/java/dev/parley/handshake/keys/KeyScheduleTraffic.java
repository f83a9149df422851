package dev.parley.handshake.keys;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.Hkdf;
import dev.parley.record.TlsException;
import javax.security.auth.Destroyable;

/**
 * The last stage of the TLS 1.3 key schedule (RFC 8446 §7.1): the Master Secret and what is
 * derived from it.
 *
 * <pre>
 * 0 -&gt; HKDF-Extract = Master Secret
 *           +-----&gt; Derive-Secret(., "c ap traffic", ClientHello...server Finished)
 *           |                     = client_application_traffic_secret_0
 *           +-----&gt; Derive-Secret(., "s ap traffic", ClientHello...server Finished)
 *           |                     = server_application_traffic_secret_0
 *           +-----&gt; Derive-Secret(., "exp master", ClientHello...server Finished)
 *           |                     = exporter_master_secret
 *           +-----&gt; Derive-Secret(., "res master", ClientHello...client Finished)
 *                                 = resumption_master_secret   --&gt;  {@link #resumptionMasterSecret}
 * </pre>
 *
 * <p>Made by {@link KeyScheduleHandshake#traffic}. The resumption master secret needs the client
 * Finished in the transcript, so it is asked for last; asking destroys the Master Secret, which
 * nothing needs afterwards. The application secrets roll forward on KeyUpdate with
 * {@link TrafficSecret#nextApplicationTrafficSecret()}.
 */
public final class KeyScheduleTraffic implements Destroyable {

    private final CryptoProvider crypto;
    private final HashAlgorithm hash;
    private final Hkdf hkdf;
    private final Secret masterSecret;
    private final TrafficSecret clientApplicationTrafficSecret0;
    private final TrafficSecret serverApplicationTrafficSecret0;
    private final Exporter exporter;

    KeyScheduleTraffic(CryptoProvider crypto, HashAlgorithm hash, Secret masterSecret,
            Bytes serverFinishedTranscriptHash) throws TlsException {
        this.crypto = crypto;
        this.hash = hash;
        this.hkdf = crypto.hkdf(hash);
        this.masterSecret = masterSecret;
        this.clientApplicationTrafficSecret0 = TrafficSecret.derive(crypto, hash,
                TrafficSecret.Kind.CLIENT_APPLICATION, masterSecret, "c ap traffic", serverFinishedTranscriptHash);
        this.serverApplicationTrafficSecret0 = TrafficSecret.derive(crypto, hash,
                TrafficSecret.Kind.SERVER_APPLICATION, masterSecret, "s ap traffic", serverFinishedTranscriptHash);
        this.exporter = new Exporter(crypto, hash,
                DeriveSecret.derive(hkdf, masterSecret, "exp master", serverFinishedTranscriptHash));
    }

    /** The cipher suite hash of this key schedule. */
    public HashAlgorithm hash() {
        return hash;
    }

    /** The Master Secret, for known-answer tests. */
    Secret masterSecret() {
        return masterSecret;
    }

    /** client_application_traffic_secret_0. */
    public TrafficSecret clientApplicationTrafficSecret0() {
        return clientApplicationTrafficSecret0;
    }

    /** server_application_traffic_secret_0. */
    public TrafficSecret serverApplicationTrafficSecret0() {
        return serverApplicationTrafficSecret0;
    }

    /** exporter_master_secret, as the exporter it keys (RFC 8446 §7.5). */
    public Exporter exporterMasterSecret() {
        return exporter;
    }

    /**
     * resumption_master_secret = Derive-Secret(Master Secret, "res master", ClientHello...client
     * Finished). It belongs to the caller (it outlives the handshake: tickets are issued and
     * received later). Destroys the Master Secret, so it can be asked for once.
     *
     * @param clientFinishedTranscriptHash Transcript-Hash(ClientHello...client Finished)
     */
    public ResumptionMasterSecret resumptionMasterSecret(Bytes clientFinishedTranscriptHash) throws TlsException {
        try {
            Secret secret = DeriveSecret.derive(hkdf, masterSecret, "res master", clientFinishedTranscriptHash);
            return new ResumptionMasterSecret(crypto, hash, secret);
        } finally {
            masterSecret.destroy();
        }
    }

    /** Destroys the Master Secret, the application traffic secrets of generation 0 and the exporter. */
    @Override
    public void destroy() {
        masterSecret.destroy();
        clientApplicationTrafficSecret0.destroy();
        serverApplicationTrafficSecret0.destroy();
        exporter.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return masterSecret.isDestroyed() && clientApplicationTrafficSecret0.isDestroyed()
                && serverApplicationTrafficSecret0.isDestroyed() && exporter.isDestroyed();
    }

    @Override
    public String toString() {
        return "KeyScheduleTraffic(" + hash.standardName() + ", " + masterSecret + ")";
    }
}
