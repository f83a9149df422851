package dev.parley.handshake.keys;

import static dev.parley.handshake.keys.KeyAssertions.bytesOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.record.AlertDescription;
import dev.parley.record.TlsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The staging of the TLS 1.3 key schedule (RFC 8446 §7.1, STYLE.md §3): each stage hands over to
 * the next exactly once, the secrets it no longer needs are gone, and misuse fails with
 * internal_error rather than deriving from stale or zeroed state.
 */
class KeyScheduleStagesTest {

    private static final Bytes HASH_32 = Bytes.wrap(new byte[32]);

    private final CryptoProvider crypto = new BouncyCastleCryptoProvider();

    @Test
    void eachStageHandsOverOnce() throws TlsException {
        KeyScheduleEarly early = KeyScheduleEarly.withoutPsk(crypto, HashAlgorithm.SHA256);
        KeyScheduleHandshake handshake = early.handshake(Secret.zeros(32), HASH_32);
        assertDestroyed(() -> early.handshake(Secret.zeros(32), HASH_32));

        KeyScheduleTraffic traffic = handshake.traffic(HASH_32);
        assertDestroyed(() -> handshake.traffic(HASH_32));

        traffic.resumptionMasterSecret(HASH_32);
        assertDestroyed(() -> traffic.resumptionMasterSecret(HASH_32));
        assertFalse(traffic.clientApplicationTrafficSecret0().isDestroyed(), "application secrets outlive the master");
    }

    @Test
    void binderKeysNeedAPsk() throws TlsException {
        KeyScheduleEarly early = KeyScheduleEarly.withoutPsk(crypto, HashAlgorithm.SHA256);
        TlsException failure = assertThrows(TlsException.class, () -> early.pskBinder(PskKind.RESUMPTION));
        assertEquals(KeyScheduleFailure.STEP_OUT_OF_ORDER, failure.reason());
        assertEquals(AlertDescription.INTERNAL_ERROR, failure.alert());
    }

    @Test
    void resumptionAndExternalBinderKeysDiffer() throws TlsException {
        KeyScheduleEarly early = KeyScheduleEarly.withPsk(crypto, HashAlgorithm.SHA256, Secret.zeros(32));
        assertNotEquals(bytesOf(early.binderKey(PskKind.RESUMPTION)), bytesOf(early.binderKey(PskKind.EXTERNAL)));
    }

    /** RFC 8446 §7.1: psk_ke has no (EC)DHE; the 0-value stands in for it. */
    @Test
    void pskOnlyHandshakeUsesTheZeroValue() throws TlsException {
        Secret psk = Secret.copyOf(new byte[] {1, 2, 3, 4});
        KeyScheduleHandshake pskOnly = KeyScheduleEarly.withPsk(crypto, HashAlgorithm.SHA256, psk)
                .handshakeWithoutKeyExchange(HASH_32);
        KeyScheduleHandshake zeros = KeyScheduleEarly.withPsk(crypto, HashAlgorithm.SHA256, psk)
                .handshake(Secret.zeros(32), HASH_32);
        assertEquals(bytesOf(zeros.handshakeSecret()), bytesOf(pskOnly.handshakeSecret()));
    }

    /** The SHA-384 suite (TLS_AES_256_GCM_SHA384) runs the same schedule with 48-byte secrets. */
    @Test
    void sha384SchedulesHave48ByteSecrets() throws TlsException {
        Bytes hash48 = Bytes.wrap(new byte[48]);
        KeyScheduleHandshake handshake = KeyScheduleEarly.withoutPsk(crypto, HashAlgorithm.SHA384)
                .handshake(Secret.zeros(48), hash48);
        KeyScheduleTraffic traffic = handshake.traffic(hash48);
        assertEquals(48, handshake.clientHandshakeTrafficSecret().secret().length());
        assertEquals(48, traffic.serverApplicationTrafficSecret0().secret().length());
        assertEquals(48, traffic.resumptionMasterSecret(hash48).pskForTicket(Bytes.EMPTY).length());
    }

    @Test
    void deriveSecretRefusesATranscriptHashOfAnotherHash() {
        TlsException failure = assertThrows(TlsException.class, () -> KeyScheduleEarly
                .withoutPsk(crypto, HashAlgorithm.SHA384).handshake(Secret.zeros(48), HASH_32));
        assertEquals(KeyScheduleFailure.INPUT_OUT_OF_RANGE, failure.reason());
    }

    @Test
    void destroyingAStageDestroysWhatItHandedOut() throws TlsException {
        KeyScheduleEarly early = KeyScheduleEarly.withPsk(crypto, HashAlgorithm.SHA256, Secret.zeros(32));
        PskBinder binder = early.pskBinder(PskKind.RESUMPTION);
        TrafficSecret clientEarly = early.clientEarlyTrafficSecret(HASH_32);
        Exporter earlyExporter = early.earlyExporterMasterSecret(HASH_32);
        early.destroy();
        assertTrue(early.isDestroyed());
        assertTrue(binder.isDestroyed());
        assertTrue(clientEarly.isDestroyed());
        assertTrue(earlyExporter.isDestroyed());

        KeyScheduleHandshake handshake = KeyScheduleEarly.withoutPsk(crypto, HashAlgorithm.SHA256)
                .handshake(Secret.zeros(32), HASH_32);
        handshake.destroy();
        assertTrue(handshake.isDestroyed());
        assertTrue(handshake.serverHandshakeTrafficSecret().isDestroyed());
    }

    @Test
    void everyFailureCarriesTheAlertRfc8446Assigns() {
        for (KeyScheduleFailure reason : KeyScheduleFailure.values()) {
            AlertDescription expected = switch (reason) {
                // RFC 8446 §6.2: decrypt_error for a Finished or PSK binder that does not validate.
                case FINISHED_MISMATCH, PSK_BINDER_MISMATCH -> AlertDescription.DECRYPT_ERROR;
                case HKDF_LABEL_OUT_OF_RANGE, INPUT_OUT_OF_RANGE, SECRET_DESTROYED, STEP_OUT_OF_ORDER ->
                        AlertDescription.INTERNAL_ERROR;
            };
            assertEquals(expected, reason.alert(), reason.name());
        }
    }

    private static void assertDestroyed(Executable call) {
        TlsException failure = assertThrows(TlsException.class, call);
        assertEquals(KeyScheduleFailure.SECRET_DESTROYED, failure.reason());
    }
}
