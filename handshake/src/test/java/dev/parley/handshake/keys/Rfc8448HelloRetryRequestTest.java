package dev.parley.handshake.keys;

import static dev.parley.handshake.keys.KeyAssertions.assertKeys;
import static dev.parley.handshake.keys.KeyAssertions.assertSecret;
import static dev.parley.handshake.keys.KeyAssertions.bytesOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.Hash;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.record.TlsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RFC 8448 §5, "HelloRetryRequest": the server asks for a P-256 share, so ClientHello1 is replaced
 * in the transcript by the synthetic message_hash (RFC 8446 §4.4.1) before the HelloRetryRequest,
 * ClientHello2 and the rest follow. Every secret, key, IV, Finished value and record of the
 * section is asserted; the P-256 shared secret is taken as printed.
 */
class Rfc8448HelloRetryRequestTest {

    static final Rfc8448.Section RFC = Rfc8448.section(5);
    static final HashAlgorithm SHA256 = HashAlgorithm.SHA256;
    static final AeadAlgorithm AEAD = AeadAlgorithm.AES_128_GCM;

    static final String CLIENT_HELLO = "{client}  construct a ClientHello handshake message:";
    /** RFC 8448 §5 labels the HelloRetryRequest as a ServerHello: it has the same message type. */
    static final String SERVER_HELLO = "{server}  construct a ServerHello handshake message:";
    static final String ENCRYPTED_EXTENSIONS = "{server}  construct an EncryptedExtensions handshake message:";
    static final String CERTIFICATE = "{server}  construct a Certificate handshake message:";
    static final String CERTIFICATE_VERIFY = "{server}  construct a CertificateVerify handshake message:";
    static final String SERVER_FINISHED = "{server}  construct a Finished handshake message:";
    static final String CLIENT_FINISHED = "{client}  construct a Finished handshake message:";

    private final CryptoProvider crypto = new BouncyCastleCryptoProvider();

    private final Bytes clientHello1 = message(CLIENT_HELLO, 0);
    private final Bytes helloRetryRequest = message(SERVER_HELLO, 0);
    private final Bytes clientHello2 = message(CLIENT_HELLO, 1);
    private final Bytes serverHello = message(SERVER_HELLO, 1);

    private Bytes earlySecret;
    private Bytes helloHash;
    private KeyScheduleHandshake handshake;
    private Bytes handshakeSecret;
    private Bytes beforeServerFinished;
    private Bytes throughServerFinished;
    private KeyScheduleTraffic traffic;
    private Bytes masterSecret;
    private Bytes throughClientFinished;

    /** The client's view: ClientHello1 is buffered, the HelloRetryRequest names the suite and so the hash. */
    @BeforeEach
    void runTheHandshake() throws TlsException {
        TranscriptHash transcript = TranscriptHash.start(crypto);
        transcript.add(clientHello1);
        transcript.chooseHash(SHA256);
        transcript.replaceClientHelloWithMessageHash();
        transcript.add(helloRetryRequest);
        transcript.add(clientHello2);
        transcript.add(serverHello);
        helloHash = transcript.snapshot();

        KeyScheduleEarly early = KeyScheduleEarly.withoutPsk(crypto, SHA256);
        earlySecret = bytesOf(early.earlySecret());
        Secret shared = Secret.copyOf(RFC.hex("{server}  extract secret \"handshake\":", "IKM").toByteArray());
        handshake = early.handshake(shared, helloHash);
        handshakeSecret = bytesOf(handshake.handshakeSecret());

        transcript.add(message(ENCRYPTED_EXTENSIONS, 0));
        transcript.add(message(CERTIFICATE, 0));
        transcript.add(message(CERTIFICATE_VERIFY, 0));
        beforeServerFinished = transcript.snapshot();
        transcript.add(message(SERVER_FINISHED, 0));
        throughServerFinished = transcript.snapshot();
        traffic = handshake.traffic(throughServerFinished);
        masterSecret = bytesOf(traffic.masterSecret());
        transcript.add(message(CLIENT_FINISHED, 0));
        throughClientFinished = transcript.snapshot();
    }

    @Test
    void messageHashTranscriptMatchesTheHashTheHandshakeSecretsUse() {
        assertEquals(RFC.hex("{server}  derive secret \"tls13 c hs traffic\":", "hash"), helloHash);
    }

    /** The same transcript written out by hand (RFC 8446 §4.4.1), independently of {@link TranscriptHash}. */
    @Test
    void messageHashIsTheSyntheticHandshakeMessageOfRfc8446() {
        Hash h = crypto.hash(SHA256);
        h.update(clientHello1.toByteArray());
        byte[] clientHello1Hash = h.digest();
        h.update(new byte[] {(byte) 0xfe, 0x00, 0x00, 0x20});
        h.update(clientHello1Hash);
        h.update(helloRetryRequest.concat(clientHello2).concat(serverHello).toByteArray());
        assertEquals(Bytes.wrap(h.digest()), helloHash);
    }

    /** A server knows the hash when it sends the HelloRetryRequest; its transcript must agree. */
    @Test
    void serverTranscriptWithTheHashKnownFromTheStartAgrees() throws TlsException {
        TranscriptHash transcript = TranscriptHash.start(crypto, SHA256);
        transcript.add(clientHello1);
        transcript.replaceClientHelloWithMessageHash();
        transcript.add(helloRetryRequest);
        transcript.add(clientHello2);
        transcript.add(serverHello);
        assertEquals(helloHash, transcript.snapshot());
    }

    @Test
    void secrets() throws TlsException {
        assertEquals(RFC.hex("{server}  extract secret \"early\":", "secret"), earlySecret, "early secret");
        assertEquals(RFC.hex("{server}  extract secret \"handshake\":", "secret"), handshakeSecret, "handshake secret");
        assertSecret(RFC.hex("{server}  derive secret \"tls13 c hs traffic\":", "expanded"),
                handshake.clientHandshakeTrafficSecret(), "client_handshake_traffic_secret");
        assertSecret(RFC.hex("{server}  derive secret \"tls13 s hs traffic\":", "expanded"),
                handshake.serverHandshakeTrafficSecret(), "server_handshake_traffic_secret");
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
        assertEquals(message(SERVER_FINISHED, 0),
                Rfc8448SimpleHandshakeTest.finishedMessage(serverKey.verifyData(beforeServerFinished)));

        Rfc8448.Operation client = RFC.operation("{client}  calculate finished \"tls13 finished\":");
        FinishedKey clientKey = handshake.clientHandshakeTrafficSecret().finishedKey();
        assertSecret(client.field("expanded"), clientKey.key(), "client finished_key");
        assertEquals(client.field("finished"), clientKey.verifyData(throughServerFinished));
        assertEquals(message(CLIENT_FINISHED, 0),
                Rfc8448SimpleHandshakeTest.finishedMessage(clientKey.verifyData(throughServerFinished)));
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
    void records() throws TlsException {
        assertPlaintext(RFC.operation("{client}  send handshake record:", 0), clientHello1, 0x0301);
        assertPlaintext(RFC.operation("{server}  send handshake record:", 0), helloRetryRequest, 0x0303);
        assertPlaintext(RFC.operation("{client}  send handshake record:", 1), clientHello2, 0x0303);
        assertPlaintext(RFC.operation("{server}  send handshake record:", 1), serverHello, 0x0303);

        Rfc8448.Operation serverFlight = RFC.operation("{server}  send handshake record:", 2);
        assertEquals(message(ENCRYPTED_EXTENSIONS, 0).concat(message(CERTIFICATE, 0))
                .concat(message(CERTIFICATE_VERIFY, 0)).concat(message(SERVER_FINISHED, 0)), serverFlight.field("payload"));
        assertSealed(serverFlight, handshake.serverHandshakeTrafficSecret().keys(AEAD), 0, Tls13Records.HANDSHAKE);
        Rfc8448.Operation clientFinished = RFC.operation("{client}  send handshake record:", 2);
        assertEquals(message(CLIENT_FINISHED, 0), clientFinished.field("payload"));
        assertSealed(clientFinished, handshake.clientHandshakeTrafficSecret().keys(AEAD), 0, Tls13Records.HANDSHAKE);

        assertSealed(RFC.operation("{client}  send alert record:"), traffic.clientApplicationTrafficSecret0().keys(AEAD),
                0, Tls13Records.ALERT);
        assertSealed(RFC.operation("{server}  send alert record:"), traffic.serverApplicationTrafficSecret0().keys(AEAD),
                0, Tls13Records.ALERT);
    }

    private static void assertPlaintext(Rfc8448.Operation record, Bytes message, int version) {
        assertEquals(message, record.field("payload"), record.caption());
        assertEquals(record.field("complete record"), Tls13Records.plaintext(Tls13Records.HANDSHAKE, version, message));
    }

    private void assertSealed(Rfc8448.Operation record, TrafficKeys keys, long sequence, int contentType)
            throws TlsException {
        assertEquals(record.field("complete record"),
                Tls13Records.seal(crypto, keys, sequence, contentType, record.field("payload")), record.caption());
    }

    private static Bytes message(String caption, int index) {
        return RFC.operation(caption, index).fields().values().iterator().next();
    }
}
