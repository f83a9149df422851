package dev.parley.handshake.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.record.AlertDescription;
import dev.parley.record.TlsException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Finished and binder verification (RFC 8446 §4.4.4, §4.2.11.2): the right value passes, and any
 * single-bit change of the received value, or of the transcript it covers, is refused with
 * decrypt_error. The values themselves are checked against RFC 8448 in the Rfc8448*Test classes.
 */
class FinishedKeyTest {

    private static final Rfc8448.Section RFC = Rfc8448.section(3);

    private final CryptoProvider crypto = new BouncyCastleCryptoProvider();

    /** RFC 8448 §3: the server's finished key base (server_handshake_traffic_secret). */
    private FinishedKey serverFinishedKey() throws TlsException {
        Bytes base = RFC.hex("{server}  derive secret \"tls13 s hs traffic\":", "expanded");
        return FinishedKey.derive(crypto, HashAlgorithm.SHA256, Secret.copyOf(base.toByteArray()));
    }

    @Property(tries = 256)
    void verifyRejectsAnySingleBitChangeOfTheVerifyData(@ForAll @IntRange(min = 0, max = 255) int bit,
            @ForAll @Size(value = 32) byte[] transcriptHash) throws TlsException {
        FinishedKey key = serverFinishedKey();
        Bytes hash = Bytes.of(transcriptHash);
        Bytes verifyData = key.verifyData(hash);
        key.verify(hash, verifyData);

        TlsException failure = assertThrows(TlsException.class, () -> key.verify(hash, flip(verifyData, bit)));
        assertEquals(KeyScheduleFailure.FINISHED_MISMATCH, failure.reason());
        assertEquals(AlertDescription.DECRYPT_ERROR, failure.alert());
    }

    @Property(tries = 256)
    void verifyRejectsAnySingleBitChangeOfTheTranscript(@ForAll @IntRange(min = 0, max = 255) int bit,
            @ForAll @Size(value = 32) byte[] transcriptHash) throws TlsException {
        FinishedKey key = serverFinishedKey();
        Bytes hash = Bytes.of(transcriptHash);
        Bytes verifyData = key.verifyData(hash);
        assertThrows(TlsException.class, () -> key.verify(flip(hash, bit), verifyData));
    }

    @Property(tries = 256)
    void binderVerifyRejectsAnySingleBitChange(@ForAll @IntRange(min = 0, max = 255) int bit,
            @ForAll @Size(value = 32) byte[] truncatedHelloHash) throws TlsException {
        KeyScheduleEarly early = KeyScheduleEarly.withPsk(crypto, HashAlgorithm.SHA256, Secret.zeros(32));
        PskBinder binder = early.pskBinder(PskKind.EXTERNAL);
        Bytes hash = Bytes.of(truncatedHelloHash);
        Bytes value = binder.compute(hash);
        binder.verify(hash, value);

        TlsException failure = assertThrows(TlsException.class, () -> binder.verify(hash, flip(value, bit)));
        assertEquals(KeyScheduleFailure.PSK_BINDER_MISMATCH, failure.reason());
        assertEquals(AlertDescription.DECRYPT_ERROR, failure.alert());
    }

    @Test
    void verifyDataOfAnotherLengthIsAMismatch() throws TlsException {
        FinishedKey key = serverFinishedKey();
        Bytes hash = Bytes.wrap(new byte[32]);
        Bytes verifyData = key.verifyData(hash);
        assertThrows(TlsException.class, () -> key.verify(hash, verifyData.slice(0, 31)));
        assertThrows(TlsException.class, () -> key.verify(hash, verifyData.concat(Bytes.of((byte) 0))));
        assertThrows(TlsException.class, () -> key.verify(hash, Bytes.EMPTY));
    }

    @Test
    void aTranscriptHashOfTheWrongLengthIsRefused() throws TlsException {
        FinishedKey key = serverFinishedKey();
        TlsException failure = assertThrows(TlsException.class, () -> key.verifyData(Bytes.wrap(new byte[48])));
        assertEquals(KeyScheduleFailure.INPUT_OUT_OF_RANGE, failure.reason());
        assertEquals(AlertDescription.INTERNAL_ERROR, failure.alert());
    }

    @Test
    void destroyedKeysRefuseToWork() throws TlsException {
        FinishedKey key = serverFinishedKey();
        key.destroy();
        assertTrue(key.isDestroyed());
        TlsException failure = assertThrows(TlsException.class, () -> key.verifyData(Bytes.wrap(new byte[32])));
        assertEquals(KeyScheduleFailure.SECRET_DESTROYED, failure.reason());
    }

    @Test
    void truncationNeedsRoomForTheBinders() throws TlsException {
        Bytes hello = Bytes.wrap(new byte[100]);
        assertEquals(65, PskBinder.truncateClientHello(hello, 35).length());
        assertEquals(KeyScheduleFailure.INPUT_OUT_OF_RANGE,
                assertThrows(TlsException.class, () -> PskBinder.truncateClientHello(hello, 34)).reason());
        assertEquals(KeyScheduleFailure.INPUT_OUT_OF_RANGE,
                assertThrows(TlsException.class, () -> PskBinder.truncateClientHello(hello, 101)).reason());
    }

    private static Bytes flip(Bytes value, int bit) {
        byte[] bytes = value.toByteArray();
        bytes[bit / 8] ^= (byte) (1 << (bit % 8));
        return Bytes.wrap(bytes);
    }
}
