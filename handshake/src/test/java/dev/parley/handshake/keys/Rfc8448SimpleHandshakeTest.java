package dev.parley.handshake.keys;

import static dev.parley.handshake.keys.KeyAssertions.assertKeys;
import static dev.parley.handshake.keys.KeyAssertions.assertSecret;
import static dev.parley.handshake.keys.KeyAssertions.bytesOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.record.TlsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RFC 8448 §3, "Simple 1-RTT Handshake", reproduced through the staged key schedule and the
 * transcript, the way a client and a server drive them: every secret, key, IV, Finished value and
 * record the section prints is asserted, each found by the caption the RFC prints above it.
 *
 * <p>The X25519 shared secret is taken as RFC 8448 prints it (the IKM of
 * {@code {server}  extract secret "handshake":}); key agreement is not this package's.
 */
class Rfc8448SimpleHandshakeTest {

    static final Rfc8448.Section RFC = Rfc8448.section(3);
    static final HashAlgorithm SHA256 = HashAlgorithm.SHA256;
    /** TLS_AES_128_GCM_SHA256, the suite the ServerHello of §3 selects (13 01). */
    static final AeadAlgorithm AEAD = AeadAlgorithm.AES_128_GCM;

    static final String CLIENT_HELLO = "{client}  construct a ClientHello handshake message:";
    static final String SERVER_HELLO = "{server}  construct a ServerHello handshake message:";
    static final String ENCRYPTED_EXTENSIONS = "{server}  construct an EncryptedExtensions handshake message:";
    static final String CERTIFICATE = "{server}  construct a Certificate handshake message:";
    static final String CERTIFICATE_VERIFY = "{server}  construct a CertificateVerify handshake message:";
    static final String SERVER_FINISHED = "{server}  construct a Finished handshake message:";
    static final String CLIENT_FINISHED = "{client}  construct a Finished handshake message:";
    static final String NEW_SESSION_TICKET = "{server}  construct a NewSessionTicket handshake message:";

    private final CryptoProvider crypto = new BouncyCastleCryptoProvider();

    private TranscriptHash transcript;
    private KeyScheduleEarly early;
    private Bytes earlySecret;
    private KeyScheduleHandshake handshake;
    private Bytes handshakeSecret;
    private Bytes helloHash;
    private Bytes beforeServerFinished;
    private Bytes throughServerFinished;
    private KeyScheduleTraffic traffic;
    private Bytes throughClientFinished;

    /** Drives transcript and key schedule through the whole handshake, as client and server do. */
    @BeforeEach
    void runTheHandshake() throws TlsException {
        // The ClientHello goes into the transcript before any hash is chosen.
        transcript = TranscriptHash.start(crypto);
        transcript.add(message(CLIENT_HELLO));
        early = KeyScheduleEarly.withoutPsk(crypto, SHA256);
        earlySecret = bytesOf(early.earlySecret());

        // The ServerHello names TLS_AES_128_GCM_SHA256: now the transcript knows its hash.
        transcript.chooseHash(SHA256);
        transcript.add(message(SERVER_HELLO));
        helloHash = transcript.snapshot();
        Secret shared = Secret.copyOf(RFC.hex("{server}  extract secret \"handshake\":", "IKM").toByteArray());
        handshake = early.handshake(shared, helloHash);
        handshakeSecret = bytesOf(handshake.handshakeSecret());
        shared.destroy();

        transcript.add(message(ENCRYPTED_EXTENSIONS));
        transcript.add(message(CERTIFICATE));
        transcript.add(message(CERTIFICATE_VERIFY));
        beforeServerFinished = transcript.snapshot();
        transcript.add(message(SERVER_FINISHED));
        throughServerFinished = transcript.snapshot();
        traffic = handshake.traffic(throughServerFinished);

        transcript.add(message(CLIENT_FINISHED));
        throughClientFinished = transcript.snapshot();
    }

    @Test
    void earlySecretWithoutPsk() {
        assertEquals(RFC.hex("{server}  extract secret \"early\":", "secret"), earlySecret, "early secret");
    }

    @Test
    void eachStageDestroysTheSecretItWasExtractedFrom() {
        assertTrue(early.earlySecret().isDestroyed(), "early secret after handshake()");
        assertTrue(handshake.handshakeSecret().isDestroyed(), "handshake secret after traffic()");
        assertFalse(handshake.clientHandshakeTrafficSecret().isDestroyed(), "kept for the client Finished");
    }

    @Test
    void transcriptHashesMatchTheHashesTheDerivationsUse() throws TlsException {
        assertEquals(RFC.hex("{server}  derive secret \"tls13 c hs traffic\":", "hash"), helloHash);
        assertEquals(RFC.hex("{server}  derive secret \"tls13 c ap traffic\":", "hash"), throughServerFinished);
        assertEquals(RFC.hex("{client}  derive secret \"tls13 res master\":", "hash"), throughClientFinished);
    }

    @Test
    void handshakeSecretAndHandshakeTrafficSecrets() throws TlsException {
        assertEquals(RFC.hex("{server}  extract secret \"handshake\":", "secret"), handshakeSecret, "handshake secret");
        assertSecret(RFC.hex("{server}  derive secret \"tls13 c hs traffic\":", "expanded"),
                handshake.clientHandshakeTrafficSecret(), "client_handshake_traffic_secret");
        assertSecret(RFC.hex("{server}  derive secret \"tls13 s hs traffic\":", "expanded"),
                handshake.serverHandshakeTrafficSecret(), "server_handshake_traffic_secret");
    }

    @Test
    void masterSecretAndApplicationSecrets() throws TlsException {
        assertSecret(RFC.hex("{server}  extract secret \"master\":", "secret"), traffic.masterSecret(), "master secret");
        assertSecret(RFC.hex("{server}  derive secret \"tls13 c ap traffic\":", "expanded"),
                traffic.clientApplicationTrafficSecret0(), "client_application_traffic_secret_0");
        assertSecret(RFC.hex("{server}  derive secret \"tls13 s ap traffic\":", "expanded"),
                traffic.serverApplicationTrafficSecret0(), "server_application_traffic_secret_0");
        assertSecret(RFC.hex("{server}  derive secret \"tls13 exp master\":", "expanded"), traffic.exporterMasterSecret().secret(),
                "exporter_master_secret");
    }

    @Test
    void resumptionMasterSecretAndTicketPsk() throws TlsException {
        ResumptionMasterSecret resumption = traffic.resumptionMasterSecret(throughClientFinished);
        assertSecret(RFC.hex("{client}  derive secret \"tls13 res master\":", "expanded"), resumption.secret(),
                "resumption_master_secret");

        // NewSessionTicket: type, uint24 length, ticket_lifetime, ticket_age_add, then ticket_nonce<0..255>.
        Bytes ticket = message(NEW_SESSION_TICKET);
        int nonceLength = ticket.getUnsigned(12);
        Bytes nonce = ticket.slice(13, 13 + nonceLength);
        Rfc8448.Operation psk = RFC.operation("{server}  generate resumption secret \"tls13 resumption\":");
        assertEquals(psk.field("hash"), nonce, "ticket_nonce");
        assertSecret(psk.field("expanded"), resumption.pskForTicket(nonce), "the ticket's PSK");
    }

    @Test
    void trafficKeysAndIvs() throws TlsException {
        assertKeys(RFC.operation("{server}  derive write traffic keys for handshake data:"),
                handshake.serverHandshakeTrafficSecret().keys(AEAD));
        assertKeys(RFC.operation("{server}  derive read traffic keys for handshake data:"),
                handshake.clientHandshakeTrafficSecret().keys(AEAD));
        assertKeys(RFC.operation("{server}  derive write traffic keys for application data:"),
                traffic.serverApplicationTrafficSecret0().keys(AEAD));
        assertKeys(RFC.operation("{client}  derive write traffic keys for application data:"),
                traffic.clientApplicationTrafficSecret0().keys(AEAD));
    }

    @Test
    void serverFinished() throws TlsException {
        Rfc8448.Operation calculated = RFC.operation("{server}  calculate finished \"tls13 finished\":");
        FinishedKey key = handshake.serverHandshakeTrafficSecret().finishedKey();
        assertSecret(calculated.field("expanded"), key.key(), "server finished_key");
        Bytes verifyData = key.verifyData(beforeServerFinished);
        assertEquals(calculated.field("finished"), verifyData, "server verify_data");
        assertEquals(message(SERVER_FINISHED), finishedMessage(verifyData), "server Finished message");
        key.verify(beforeServerFinished, verifyData);
    }

    @Test
    void clientFinished() throws TlsException {
        Rfc8448.Operation calculated = RFC.operation("{client}  calculate finished \"tls13 finished\":");
        FinishedKey key = handshake.clientHandshakeTrafficSecret().finishedKey();
        assertSecret(calculated.field("expanded"), key.key(), "client finished_key");
        Bytes verifyData = key.verifyData(throughServerFinished);
        assertEquals(calculated.field("finished"), verifyData, "client verify_data");
        assertEquals(message(CLIENT_FINISHED), finishedMessage(verifyData), "client Finished message");
        key.verify(throughServerFinished, verifyData);
    }

    @Test
    void plaintextRecords() {
        Rfc8448.Operation clientHello = RFC.operation("{client}  send handshake record:", 0);
        assertEquals(message(CLIENT_HELLO), clientHello.field("payload"));
        assertEquals(clientHello.field("complete record"),
                Tls13Records.plaintext(Tls13Records.HANDSHAKE, 0x0301, clientHello.field("payload")));
        Rfc8448.Operation serverHello = RFC.operation("{server}  send handshake record:", 0);
        assertEquals(message(SERVER_HELLO), serverHello.field("payload"));
        assertEquals(serverHello.field("complete record"),
                Tls13Records.plaintext(Tls13Records.HANDSHAKE, 0x0303, serverHello.field("payload")));
    }

    @Test
    void protectedRecords() throws TlsException {
        TrafficKeys serverHandshake = handshake.serverHandshakeTrafficSecret().keys(AEAD);
        TrafficKeys clientHandshake = handshake.clientHandshakeTrafficSecret().keys(AEAD);
        TrafficKeys serverApplication = traffic.serverApplicationTrafficSecret0().keys(AEAD);
        TrafficKeys clientApplication = traffic.clientApplicationTrafficSecret0().keys(AEAD);

        Rfc8448.Operation serverFlight = RFC.operation("{server}  send handshake record:", 1);
        assertEquals(message(ENCRYPTED_EXTENSIONS).concat(message(CERTIFICATE)).concat(message(CERTIFICATE_VERIFY))
                .concat(message(SERVER_FINISHED)), serverFlight.field("payload"));
        assertSealed(serverFlight, serverHandshake, 0, Tls13Records.HANDSHAKE);

        Rfc8448.Operation clientFinished = RFC.operation("{client}  send handshake record:", 1);
        assertEquals(message(CLIENT_FINISHED), clientFinished.field("payload"));
        assertSealed(clientFinished, clientHandshake, 0, Tls13Records.HANDSHAKE);

        Rfc8448.Operation ticket = RFC.operation("{server}  send handshake record:", 2);
        assertEquals(message(NEW_SESSION_TICKET), ticket.field("payload"));
        assertSealed(ticket, serverApplication, 0, Tls13Records.HANDSHAKE);

        assertSealed(RFC.operation("{client}  send application_data record:"), clientApplication, 0,
                Tls13Records.APPLICATION_DATA);
        assertSealed(RFC.operation("{server}  send application_data record:"), serverApplication, 1,
                Tls13Records.APPLICATION_DATA);
        assertSealed(RFC.operation("{client}  send alert record:"), clientApplication, 1, Tls13Records.ALERT);
        assertSealed(RFC.operation("{server}  send alert record:"), serverApplication, 2, Tls13Records.ALERT);
    }

    private void assertSealed(Rfc8448.Operation record, TrafficKeys keys, long sequence, int contentType)
            throws TlsException {
        assertEquals(record.field("complete record"),
                Tls13Records.seal(crypto, keys, sequence, contentType, record.field("payload")), record.caption());
    }

    static Bytes finishedMessage(Bytes verifyData) {
        return Bytes.of((byte) 20, (byte) 0, (byte) 0, (byte) verifyData.length()).concat(verifyData);
    }

    private static Bytes message(String caption) {
        Rfc8448.Operation operation = RFC.operation(caption);
        return operation.fields().values().iterator().next();
    }
}
