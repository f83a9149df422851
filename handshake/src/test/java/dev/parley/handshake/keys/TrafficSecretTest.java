package dev.parley.handshake.keys;

import static dev.parley.handshake.keys.KeyAssertions.assertSecret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
 * Traffic secrets: KeyUpdate (RFC 8446 §7.2), which Finished keys may be based on them (§4.4),
 * the lengths of the keys for each AEAD (§7.3), and that nothing prints.
 *
 * <p>RFC 8448 has no KeyUpdate, so the next generations of §3's server_application_traffic_secret_0
 * were computed outside Parley with OpenSSL 3.0's TLS13-KDF (and cross-checked in Python):
 * <pre>
 * openssl kdf -keylen 32 -kdfopt digest:SHA256 -kdfopt mode:EXPAND_ONLY \
 *     -kdfopt hexkey:a11af9f05531f856ad47116b45a950328204b4f44bfb6b3a4b4f1f3fcb631643 \
 *     -kdfopt prefix:"tls13 " -kdfopt label:"traffic upd" TLS13-KDF
 * </pre>
 * then the same with the result as key, and with labels "key" (16 bytes) and "iv" (12 bytes).
 */
class TrafficSecretTest {

    private final CryptoProvider crypto = new BouncyCastleCryptoProvider();
    private KeyScheduleTraffic traffic;
    private KeyScheduleHandshake handshake;

    /** §3's schedule, from the RFC's shared secret and transcript hashes. */
    @BeforeEach
    void section3Schedule() throws TlsException {
        Rfc8448.Section rfc = Rfc8448.section(3);
        Secret shared = Secret.copyOf(rfc.hex("{server}  extract secret \"handshake\":", "IKM").toByteArray());
        handshake = KeyScheduleEarly.withoutPsk(crypto, HashAlgorithm.SHA256)
                .handshake(shared, rfc.hex("{server}  derive secret \"tls13 c hs traffic\":", "hash"));
        traffic = handshake.traffic(rfc.hex("{server}  derive secret \"tls13 c ap traffic\":", "hash"));
    }

    @Test
    void keyUpdateRollsTheApplicationSecretForward() throws TlsException {
        TrafficSecret first = traffic.serverApplicationTrafficSecret0().nextApplicationTrafficSecret();
        assertEquals(1, first.generation());
        assertSecret(Bytes.fromHex("51921b8aa3001976eb401d0a4319a8516416a6c56001a357e5d162031e84f916"), first,
                "server_application_traffic_secret_1");
        TrafficKeys keys = first.keys(AeadAlgorithm.AES_128_GCM);
        assertEquals(Bytes.fromHex("2e63be99d67b39097feb9786cf7a15a0"), Bytes.wrap(keys.key()));
        assertEquals(Bytes.fromHex("628a0a8298ac953baef4255a"), Bytes.wrap(keys.iv()));

        TrafficSecret second = first.nextApplicationTrafficSecret();
        assertEquals(2, second.generation());
        assertSecret(Bytes.fromHex("6418ddd5d277cde37bfaae96363a805a95abfaa55ccd80713848de187fb082f6"), second,
                "server_application_traffic_secret_2");
        assertEquals(TrafficSecret.Kind.SERVER_APPLICATION, second.kind());
    }

    @Test
    void clientApplicationSecretUpdatesToo() throws TlsException {
        assertSecret(Bytes.fromHex("fcdfcc72725aaee48bf64e4fd8b749cdbdbab39d90da0b26e2245ca6ea167207"),
                traffic.clientApplicationTrafficSecret0().nextApplicationTrafficSecret(),
                "client_application_traffic_secret_1");
    }

    @Test
    void onlyApplicationSecretsAreUpdated() {
        TlsException failure = assertThrows(TlsException.class,
                () -> handshake.clientHandshakeTrafficSecret().nextApplicationTrafficSecret());
        assertEquals(KeyScheduleFailure.STEP_OUT_OF_ORDER, failure.reason());
    }

    /** RFC 8446 §4.4: no Finished is based on the server's application secret or the early secret. */
    @Test
    void finishedKeysOnlyWhereRfc8446BasesThem() throws TlsException {
        traffic.clientApplicationTrafficSecret0().finishedKey();
        assertEquals(KeyScheduleFailure.STEP_OUT_OF_ORDER, assertThrows(TlsException.class,
                () -> traffic.serverApplicationTrafficSecret0().finishedKey()).reason());
        Secret psk = Secret.zeros(32);
        TrafficSecret early = KeyScheduleEarly.withPsk(crypto, HashAlgorithm.SHA256, psk)
                .clientEarlyTrafficSecret(Bytes.wrap(new byte[32]));
        assertEquals(KeyScheduleFailure.STEP_OUT_OF_ORDER,
                assertThrows(TlsException.class, early::finishedKey).reason());
    }

    /** RFC 8446 §7.3: key_length of the AEAD, iv_length 12 for all three. */
    @Test
    void keyAndIvLengthsFollowTheAead() throws TlsException {
        TrafficSecret secret = traffic.clientApplicationTrafficSecret0();
        for (AeadAlgorithm aead : AeadAlgorithm.values()) {
            TrafficKeys keys = secret.keys(aead);
            assertEquals(aead, keys.aead());
            assertEquals(aead.keyLength(), keys.key().length);
            assertEquals(12, keys.iv().length);
        }
    }

    @Test
    void namesFollowRfc8446AndNothingSecretPrints() throws TlsException {
        TrafficSecret secret = traffic.clientApplicationTrafficSecret0();
        assertEquals("client_application_traffic_secret_N", secret.kind().rfcName());
        assertEquals("server_handshake_traffic_secret", handshake.serverHandshakeTrafficSecret().kind().rfcName());
        String hex = Bytes.wrap(secret.secret().copyBytes()).toHex();
        TrafficKeys keys = secret.keys(AeadAlgorithm.AES_128_GCM);
        for (Object printed : new Object[] {secret, secret.secret(), keys, traffic, handshake, traffic.exporterMasterSecret()}) {
            assertFalse(printed.toString().contains(hex.substring(0, 8)), printed.toString());
            assertFalse(printed.toString().contains(Bytes.wrap(keys.key()).toHex().substring(0, 8)), printed.toString());
        }
        assertTrue(secret.toString().contains("client_application_traffic_secret_0"), secret.toString());
    }

    @Test
    void destroyedKeysAndSecretsRefuse() throws TlsException {
        TrafficKeys keys = traffic.serverApplicationTrafficSecret0().keys(AeadAlgorithm.AES_128_GCM);
        keys.destroy();
        assertTrue(keys.isDestroyed());
        assertEquals(KeyScheduleFailure.SECRET_DESTROYED, assertThrows(TlsException.class, keys::key).reason());
        assertEquals(KeyScheduleFailure.SECRET_DESTROYED, assertThrows(TlsException.class, keys::iv).reason());

        traffic.destroy();
        assertTrue(traffic.isDestroyed());
        assertEquals(KeyScheduleFailure.SECRET_DESTROYED, assertThrows(TlsException.class,
                () -> traffic.serverApplicationTrafficSecret0().keys(AeadAlgorithm.AES_128_GCM)).reason());
    }
}
