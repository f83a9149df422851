package dev.parley.handshake.keys;

import static dev.parley.handshake.keys.KeyAssertions.assertKeys;
import static dev.parley.handshake.keys.KeyAssertions.assertSecret;
import static dev.parley.handshake.keys.KeyAssertions.bytesOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.record.TlsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RFC 8448 §4, "Resumed 0-RTT Handshake": the PSK comes from the ticket of §3, the ClientHello
 * carries its binder, the client sends early data, and the handshake goes on with (EC)DHE
 * (psk_dhe_ke). Every secret, key, IV, binder, Finished value and record of the section is
 * asserted, the early-data ones included.
 */
class Rfc8448ResumedHandshakeTest {

    static final Rfc8448.Section RFC = Rfc8448.section(4);
    static final HashAlgorithm SHA256 = HashAlgorithm.SHA256;
    static final AeadAlgorithm AEAD = AeadAlgorithm.AES_128_GCM;

    /** RFC 8446 §4.2.11: binders&lt;33..2^16-1&gt; here holds one 32-byte binder: 2 + 1 + 32 bytes. */
    static final int BINDERS_LENGTH = 35;

    static final String SERVER_HELLO = "{server}  construct a ServerHello handshake message:";
    static final String ENCRYPTED_EXTENSIONS = "{server}  construct an EncryptedExtensions handshake message:";
    static final String SERVER_FINISHED = "{server}  construct a Finished handshake message:";
    static final String END_OF_EARLY_DATA = "{client}  construct an EndOfEarlyData handshake message:";
    static final String CLIENT_FINISHED = "{client}  construct a Finished handshake message:";
    static final String BINDER = "{client}  calculate PSK binder:";

    private final CryptoProvider crypto = new BouncyCastleCryptoProvider();

    private Secret psk;
    private Bytes clientHello;
    private TranscriptHash transcript;
    private KeyScheduleEarly early;
    private Bytes earlySecret;
    private Bytes truncatedHello;
    private Bytes binderHash;
    private Bytes binderKey;
    private PskBinder binder;
    private PskBinder externalBinder;
    private Bytes clientHelloHash;
    private TrafficSecret clientEarly;
    private Exporter earlyExporter;
    private KeyScheduleHandshake handshake;
    private Bytes handshakeSecret;
    private Bytes helloHash;
    private Bytes beforeServerFinished;
    private Bytes throughServerFinished;
    private KeyScheduleTraffic traffic;
    private Bytes masterSecret;
    private Bytes throughEndOfEarlyData;
    private Bytes throughClientFinished;

    @BeforeEach
    void runTheHandshake() throws TlsException {
        psk = ticketPskFromSection3();
        early = KeyScheduleEarly.withPsk(crypto, SHA256, psk);
        earlySecret = bytesOf(early.earlySecret());

        // The binder covers the ClientHello up to the binders; the transcript before it is empty.
        clientHello = RFC.operation("{client}  send handshake record:", 0).field("payload");
        transcript = TranscriptHash.start(crypto);
        truncatedHello = PskBinder.truncateClientHello(clientHello, BINDERS_LENGTH);
        binderHash = transcript.snapshotWith(SHA256, truncatedHello);
        binderKey = bytesOf(early.binderKey(PskKind.RESUMPTION));
        binder = early.pskBinder(PskKind.RESUMPTION);
        externalBinder = early.pskBinder(PskKind.EXTERNAL);

        // The client knows the PSK's hash, so it commits to it before sending: 0-RTT needs Hash(ClientHello).
        transcript.chooseHash(SHA256);
        transcript.add(clientHello);
        clientHelloHash = transcript.snapshot();
        clientEarly = early.clientEarlyTrafficSecret(clientHelloHash);
        earlyExporter = early.earlyExporterMasterSecret(clientHelloHash);

        transcript.add(message(SERVER_HELLO));
        helloHash = transcript.snapshot();
        Secret shared = Secret.copyOf(RFC.hex("{server}  extract secret \"handshake\":", "IKM").toByteArray());
        handshake = early.handshake(shared, helloHash);
        handshakeSecret = bytesOf(handshake.handshakeSecret());

        transcript.add(message(ENCRYPTED_EXTENSIONS));
        beforeServerFinished = transcript.snapshot();
        transcript.add(message(SERVER_FINISHED));
        throughServerFinished = transcript.snapshot();
        traffic = handshake.traffic(throughServerFinished);
        masterSecret = bytesOf(traffic.masterSecret());

        transcript.add(message(END_OF_EARLY_DATA));
        throughEndOfEarlyData = transcript.snapshot();
        transcript.add(message(CLIENT_FINISHED));
        throughClientFinished = transcript.snapshot();
    }

    /** §3's resumption_master_secret and ticket_nonce give the PSK §4 starts from. */
    private Secret ticketPskFromSection3() throws TlsException {
        Bytes resumptionMasterSecret = Rfc8448.section(3).hex("{client}  derive secret \"tls13 res master\":", "expanded");
        Bytes ticketNonce = Rfc8448.section(3).hex("{server}  generate resumption secret \"tls13 resumption\":", "hash");
        return new ResumptionMasterSecret(crypto, SHA256, Secret.copyOf(resumptionMasterSecret.toByteArray()))
                .pskForTicket(ticketNonce);
    }

    @Test
    void earlySecretFromTheTicketPsk() throws TlsException {
        Rfc8448.Operation extract = RFC.operation("{client}  extract secret \"early\":");
        assertSecret(extract.field("IKM"), psk, "the PSK of §3's ticket");
        assertEquals(extract.field("secret"), earlySecret, "early secret");
    }

    @Test
    void binderOverTheTruncatedClientHello() throws TlsException {
        Rfc8448.Operation calculated = RFC.operation(BINDER);
        assertEquals(calculated.field("ClientHello prefix"), truncatedHello, "Truncate(ClientHello)");
        assertEquals(RFC.hex("{client}  construct a ClientHello handshake message:", "ClientHello"), truncatedHello);
        assertEquals(calculated.field("binder hash"), binderHash, "binder hash");
        assertEquals(calculated.field("PRK"), binderKey, "binder_key (\"res binder\")");
        assertSecret(calculated.field("expanded"), binder.finishedKey().key(), "the binder's finished_key");
        Bytes value = binder.compute(binderHash);
        assertEquals(calculated.field("finished"), value, "binder");
        assertEquals(clientHello.slice(clientHello.length() - value.length(), clientHello.length()), value,
                "the binder the ClientHello carries");

        binder.verify(binderHash, value);
        TlsException wrongKind = assertThrows(TlsException.class, () -> externalBinder.verify(binderHash, value),
                "an \"ext binder\" key differs");
        assertEquals(KeyScheduleFailure.PSK_BINDER_MISMATCH, wrongKind.reason());
    }

    @Test
    void earlyStageIsClosedOnceTheHandshakeStageExists() {
        TlsException late = assertThrows(TlsException.class, () -> early.clientEarlyTrafficSecret(clientHelloHash));
        assertEquals(KeyScheduleFailure.SECRET_DESTROYED, late.reason());
    }

    @Test
    void earlyTrafficSecretExporterAndKeys() throws TlsException {
        Rfc8448.Operation cet = RFC.operation("{client}  derive secret \"tls13 c e traffic\":");
        assertEquals(cet.field("hash"), clientHelloHash, "Transcript-Hash(ClientHello)");
        assertSecret(cet.field("expanded"), clientEarly, "client_early_traffic_secret");
        assertSecret(RFC.hex("{client}  derive secret \"tls13 e exp master\":", "expanded"), earlyExporter.secret(),
                "early_exporter_master_secret");
        assertKeys(RFC.operation("{client}  derive write traffic keys for early application data:"),
                clientEarly.keys(AEAD));
    }

    @Test
    void handshakeSecrets() throws TlsException {
        assertEquals(RFC.hex("{server}  derive secret \"tls13 c hs traffic\":", "hash"), helloHash);
        assertEquals(RFC.hex("{server}  extract secret \"handshake\":", "secret"), handshakeSecret, "handshake secret");
        assertSecret(RFC.hex("{server}  derive secret \"tls13 c hs traffic\":", "expanded"),
                handshake.clientHandshakeTrafficSecret(), "client_handshake_traffic_secret");
        assertSecret(RFC.hex("{server}  derive secret \"tls13 s hs traffic\":", "expanded"),
                handshake.serverHandshakeTrafficSecret(), "server_handshake_traffic_secret");
    }

    @Test
    void applicationSecrets() throws TlsException {
        assertEquals(RFC.hex("{server}  derive secret \"tls13 c ap traffic\":", "hash"), throughServerFinished);
        assertEquals(RFC.hex("{server}  extract secret \"master\":", "secret"), masterSecret, "master secret");
        assertSecret(RFC.hex("{server}  derive secret \"tls13 c ap traffic\":", "expanded"),
                traffic.clientApplicationTrafficSecret0(), "client_application_traffic_secret_0");
        assertSecret(RFC.hex("{server}  derive secret \"tls13 s ap traffic\":", "expanded"),
                traffic.serverApplicationTrafficSecret0(), "server_application_traffic_secret_0");
        assertSecret(RFC.hex("{server}  derive secret \"tls13 exp master\":", "expanded"), traffic.exporterMasterSecret().secret(),
                "exporter_master_secret");
        Rfc8448.Operation resMaster = RFC.operation("{client}  derive secret \"tls13 res master\":");
        assertEquals(resMaster.field("hash"), throughClientFinished);
        assertSecret(resMaster.field("expanded"), traffic.resumptionMasterSecret(throughClientFinished).secret(),
                "resumption_master_secret");
    }

    @Test
    void finishedMessages() throws TlsException {
        Rfc8448.Operation server = RFC.operation("{server}  calculate finished \"tls13 finished\":");
        FinishedKey serverKey = handshake.serverHandshakeTrafficSecret().finishedKey();
        assertSecret(server.field("expanded"), serverKey.key(), "server finished_key");
        assertEquals(server.field("finished"), serverKey.verifyData(beforeServerFinished));
        assertEquals(message(SERVER_FINISHED),
                Rfc8448SimpleHandshakeTest.finishedMessage(serverKey.verifyData(beforeServerFinished)));

        // The client's Finished covers the EndOfEarlyData (RFC 8446 §4.4.1).
        Rfc8448.Operation client = RFC.operation("{client}  calculate finished \"tls13 finished\":");
        FinishedKey clientKey = handshake.clientHandshakeTrafficSecret().finishedKey();
        assertSecret(client.field("expanded"), clientKey.key(), "client finished_key");
        assertEquals(client.field("finished"), clientKey.verifyData(throughEndOfEarlyData));
        clientKey.verify(throughEndOfEarlyData, client.field("finished"));
    }

    @Test
    void trafficKeysAndIvs() throws TlsException {
        assertKeys(RFC.operation("{server}  derive write traffic keys for handshake data:"),
                handshake.serverHandshakeTrafficSecret().keys(AEAD));
        assertKeys(RFC.operation("{client}  derive write traffic keys for handshake data:"),
                handshake.clientHandshakeTrafficSecret().keys(AEAD));
        assertKeys(RFC.operation("{server}  derive write traffic keys for application data:"),
                traffic.serverApplicationTrafficSecret0().keys(AEAD));
        assertKeys(RFC.operation("{client}  derive write traffic keys for application data:"),
                traffic.clientApplicationTrafficSecret0().keys(AEAD));
    }

    @Test
    void records() throws TlsException {
        TrafficKeys clientEarlyKeys = clientEarly.keys(AEAD);
        TrafficKeys clientHandshake = handshake.clientHandshakeTrafficSecret().keys(AEAD);
        TrafficKeys serverHandshake = handshake.serverHandshakeTrafficSecret().keys(AEAD);
        TrafficKeys clientApplication = traffic.clientApplicationTrafficSecret0().keys(AEAD);
        TrafficKeys serverApplication = traffic.serverApplicationTrafficSecret0().keys(AEAD);

        Rfc8448.Operation hello = RFC.operation("{client}  send handshake record:", 0);
        assertEquals(hello.field("complete record"), Tls13Records.plaintext(Tls13Records.HANDSHAKE, 0x0301, clientHello));
        Rfc8448.Operation serverHello = RFC.operation("{server}  send handshake record:", 0);
        assertEquals(message(SERVER_HELLO), serverHello.field("payload"));
        assertEquals(serverHello.field("complete record"),
                Tls13Records.plaintext(Tls13Records.HANDSHAKE, 0x0303, message(SERVER_HELLO)));

        assertSealed(RFC.operation("{client}  send application_data record:", 0), clientEarlyKeys, 0,
                Tls13Records.APPLICATION_DATA);
        Rfc8448.Operation serverFlight = RFC.operation("{server}  send handshake record:", 1);
        assertEquals(message(ENCRYPTED_EXTENSIONS).concat(message(SERVER_FINISHED)), serverFlight.field("payload"));
        assertSealed(serverFlight, serverHandshake, 0, Tls13Records.HANDSHAKE);
        // RFC 8446 §4.5: EndOfEarlyData is the last message under the early traffic keys.
        Rfc8448.Operation endOfEarlyData = RFC.operation("{client}  send handshake record:", 1);
        assertEquals(message(END_OF_EARLY_DATA), endOfEarlyData.field("payload"));
        assertSealed(endOfEarlyData, clientEarlyKeys, 1, Tls13Records.HANDSHAKE);
        Rfc8448.Operation clientFinished = RFC.operation("{client}  send handshake record:", 2);
        assertEquals(message(CLIENT_FINISHED), clientFinished.field("payload"));
        assertSealed(clientFinished, clientHandshake, 0, Tls13Records.HANDSHAKE);

        assertSealed(RFC.operation("{client}  send application_data record:", 1), clientApplication, 0,
                Tls13Records.APPLICATION_DATA);
        assertSealed(RFC.operation("{server}  send application_data record:"), serverApplication, 0,
                Tls13Records.APPLICATION_DATA);
        assertSealed(RFC.operation("{client}  send alert record:"), clientApplication, 1, Tls13Records.ALERT);
        assertSealed(RFC.operation("{server}  send alert record:"), serverApplication, 1, Tls13Records.ALERT);
    }

    private void assertSealed(Rfc8448.Operation record, TrafficKeys keys, long sequence, int contentType)
            throws TlsException {
        assertEquals(record.field("complete record"),
                Tls13Records.seal(crypto, keys, sequence, contentType, record.field("payload")), record.caption());
    }

    private static Bytes message(String caption) {
        return RFC.operation(caption).fields().values().iterator().next();
    }
}
