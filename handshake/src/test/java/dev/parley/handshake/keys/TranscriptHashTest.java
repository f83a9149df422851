package dev.parley.handshake.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.Hash;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.record.TlsException;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Transcript-Hash (RFC 8446 §4.4.1): snapshots at any point equal the hash of the concatenation so
 * far, whether the hash was known from the start or chosen later; and the steps that make no sense
 * in the current state are refused.
 */
class TranscriptHashTest {

    private final CryptoProvider crypto = new BouncyCastleCryptoProvider();

    @Property(tries = 300)
    void everySnapshotIsTheHashOfTheConcatenationSoFar(@ForAll("messages") List<byte[]> messages,
            @ForAll("hashes") HashAlgorithm hash) throws TlsException {
        TranscriptHash transcript = TranscriptHash.start(crypto, hash);
        Bytes concatenation = Bytes.EMPTY;
        for (byte[] message : messages) {
            transcript.add(Bytes.of(message));
            concatenation = concatenation.concat(Bytes.of(message));
            assertEquals(hashOf(hash, concatenation), transcript.snapshot());
        }
        assertEquals(messages.size(), transcript.messageCount());
    }

    /** Buffering until the hash is chosen gives the same hashes as knowing it from the start. */
    @Property(tries = 300)
    void choosingTheHashLateChangesNothing(@ForAll("messages") List<byte[]> messages,
            @ForAll @IntRange(min = 0, max = 8) int chosenAfter, @ForAll("hashes") HashAlgorithm hash)
            throws TlsException {
        TranscriptHash late = TranscriptHash.start(crypto);
        TranscriptHash early = TranscriptHash.start(crypto, hash);
        for (int i = 0; i < messages.size(); i++) {
            if (i == Math.min(chosenAfter, messages.size())) {
                late.chooseHash(hash);
            }
            late.add(Bytes.of(messages.get(i)));
            early.add(Bytes.of(messages.get(i)));
        }
        late.chooseHash(hash);
        assertEquals(early.snapshot(), late.snapshot());
    }

    /** A binder's hash covers the transcript and the truncated ClientHello, which is not added. */
    @Property(tries = 300)
    void snapshotWithHashesTheExtraBytesWithoutAddingThem(@ForAll("messages") List<byte[]> messages,
            @ForAll @Size(max = 300) byte[] partial, @ForAll boolean chosen) throws TlsException {
        TranscriptHash transcript = chosen ? TranscriptHash.start(crypto, HashAlgorithm.SHA256) : TranscriptHash.start(crypto);
        Bytes concatenation = Bytes.EMPTY;
        for (byte[] message : messages) {
            transcript.add(Bytes.of(message));
            concatenation = concatenation.concat(Bytes.of(message));
        }
        assertEquals(hashOf(HashAlgorithm.SHA256, concatenation.concat(Bytes.of(partial))),
                transcript.snapshotWith(HashAlgorithm.SHA256, Bytes.of(partial)));
        transcript.chooseHash(HashAlgorithm.SHA256);
        assertEquals(hashOf(HashAlgorithm.SHA256, concatenation), transcript.snapshot());
    }

    @Property(tries = 200)
    void messageHashReplacesClientHelloOne(@ForAll @Size(min = 4, max = 600) byte[] clientHello1,
            @ForAll @Size(min = 4, max = 300) byte[] helloRetryRequest, @ForAll("hashes") HashAlgorithm hash)
            throws TlsException {
        TranscriptHash transcript = TranscriptHash.start(crypto);
        transcript.add(Bytes.of(clientHello1));
        transcript.chooseHash(hash);
        transcript.replaceClientHelloWithMessageHash();
        transcript.add(Bytes.of(helloRetryRequest));

        // RFC 8446 §4.4.1: message_hash (254), a 24-bit length of Hash.length, then Hash(ClientHello1).
        Bytes clientHelloHash = hashOf(hash, Bytes.of(clientHello1));
        Bytes synthetic = Bytes.of((byte) 0xfe, (byte) 0, (byte) 0, (byte) hash.outputLength()).concat(clientHelloHash);
        assertEquals(hashOf(hash, synthetic.concat(Bytes.of(helloRetryRequest))), transcript.snapshot());
        assertEquals(2, transcript.messageCount());
    }

    @Test
    void snapshotBeforeTheHashIsChosenIsOutOfOrder() {
        TranscriptHash transcript = TranscriptHash.start(crypto);
        transcript.add(Bytes.of((byte) 1, (byte) 0, (byte) 0, (byte) 0));
        assertOutOfOrder(transcript::snapshot);
        assertEquals(Optional.empty(), transcript.hash());
    }

    @Test
    void choosingASecondHashIsOutOfOrderButRepeatingTheFirstIsHarmless() throws TlsException {
        TranscriptHash transcript = TranscriptHash.start(crypto);
        transcript.chooseHash(HashAlgorithm.SHA256);
        transcript.chooseHash(HashAlgorithm.SHA256);
        assertOutOfOrder(() -> transcript.chooseHash(HashAlgorithm.SHA384));
        assertOutOfOrder(() -> transcript.snapshotWith(HashAlgorithm.SHA384, Bytes.EMPTY));
        assertEquals(Optional.of(HashAlgorithm.SHA256), transcript.hash());
    }

    @Test
    void messageHashNeedsExactlyClientHelloOneAndAChosenHash() throws TlsException {
        TranscriptHash unchosen = TranscriptHash.start(crypto);
        unchosen.add(Bytes.of((byte) 1, (byte) 0, (byte) 0, (byte) 0));
        assertOutOfOrder(unchosen::replaceClientHelloWithMessageHash);

        TranscriptHash empty = TranscriptHash.start(crypto, HashAlgorithm.SHA256);
        assertOutOfOrder(empty::replaceClientHelloWithMessageHash);

        TranscriptHash two = TranscriptHash.start(crypto, HashAlgorithm.SHA256);
        two.add(Bytes.of((byte) 1, (byte) 0, (byte) 0, (byte) 0));
        two.replaceClientHelloWithMessageHash();
        assertOutOfOrder(two::replaceClientHelloWithMessageHash);
    }

    @Test
    void toStringNamesTheHashAndCount() throws TlsException {
        TranscriptHash transcript = TranscriptHash.start(crypto);
        transcript.add(Bytes.of((byte) 1, (byte) 0, (byte) 0, (byte) 0));
        assertEquals("TranscriptHash(hash not chosen, 1 messages)", transcript.toString());
        transcript.chooseHash(HashAlgorithm.SHA384);
        assertTrue(transcript.toString().contains("SHA-384"));
    }

    private Bytes hashOf(HashAlgorithm algorithm, Bytes input) {
        Hash hash = crypto.hash(algorithm);
        hash.update(input.toByteArray());
        return Bytes.wrap(hash.digest());
    }

    private static void assertOutOfOrder(Executable call) {
        TlsException failure = assertThrows(TlsException.class, call);
        assertEquals(KeyScheduleFailure.STEP_OUT_OF_ORDER, failure.reason());
    }

    @Provide
    Arbitrary<List<byte[]>> messages() {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(4).ofMaxSize(200).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<HashAlgorithm> hashes() {
        return Arbitraries.of(HashAlgorithm.SHA256, HashAlgorithm.SHA384);
    }
}
