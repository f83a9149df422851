package dev.parley.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.Hash;
import dev.parley.crypto.HashAlgorithm;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SHA-1 and SHA-2 against the one-block "abc" examples of FIPS 180-2 Appendices A.1, B.1, C.1 and
 * D.1, and the copy/snapshot semantics the TLS transcript relies on (RFC 8446 §4.4.1).
 */
class HashKnownAnswerTest {

    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

    private final BouncyCastleCryptoProvider provider = new BouncyCastleCryptoProvider();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "SHA1, a9993e364706816aba3e25717850c26c9cd0d89d",
        "SHA256, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "SHA384, cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7",
        "SHA512, ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
            + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
    })
    void abcMatchesFips180(HashAlgorithm algorithm, String expected) {
        Hash hash = provider.hash(algorithm);
        hash.update(ABC);
        assertEquals(Bytes.fromHex(expected), Bytes.of(hash.digest()));
        assertEquals(algorithm.outputLength(), expected.length() / 2);
        // digest() resets to the empty state, so the same instance computes it again.
        hash.update(ABC, 0, 1);
        hash.update(ABC, 1, 2);
        assertEquals(Bytes.fromHex(expected), Bytes.of(hash.digest()));
    }

    /** A snapshot of "ab" leaves the running hash intact, so adding "c" still gives SHA-256("abc"). */
    @Test
    void snapshotDoesNotDisturbTheRunningHash() {
        Hash running = provider.hash(HashAlgorithm.SHA256);
        running.update(ABC, 0, 2);
        byte[] ofAb = running.snapshot();

        Hash direct = provider.hash(HashAlgorithm.SHA256);
        direct.update(ABC, 0, 2);
        assertEquals(Bytes.of(direct.digest()), Bytes.of(ofAb));

        running.update(ABC, 2, 1);
        assertEquals(Bytes.fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                Bytes.of(running.digest()));
    }

    /** A copy runs on independently: feeding one does not feed the other. */
    @Test
    void copyIsIndependent() {
        Hash original = provider.hash(HashAlgorithm.SHA384);
        original.update(ABC, 0, 1);
        Hash copy = original.copy();
        copy.update(ABC, 1, 2);
        original.update(new byte[] {'x'});
        original.update(ABC, 1, 2);
        assertEquals(Bytes.fromHex("cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed"
                + "8086072ba1e7cc2358baeca134c825a7"), Bytes.of(copy.digest()));
        Hash axbc = provider.hash(HashAlgorithm.SHA384);
        axbc.update("axbc".getBytes(StandardCharsets.US_ASCII));
        assertEquals(Bytes.of(axbc.digest()), Bytes.of(original.digest()));
        assertEquals(HashAlgorithm.SHA384, copy.algorithm());
    }
}
