package dev.parley.record;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Jazzer targets for the record deframer and reader: arbitrary bytes from the network, read in
 * each state a connection can be in. The only failure allowed is a {@link TlsException}; every
 * record handed out must respect the plaintext limit.
 *
 * <p>{@code mvn verify} runs them in regression mode over the seed corpus in
 * {@code src/test/resources/dev/parley/record/RecordReaderFuzzTestInputs/<method>/} (valid records
 * written by {@link RecordFuzzSeedsTest}). To fuzz for real:
 * {@code JAZZER_FUZZ=1 mvn -pl record-layer -am test -Dtest=RecordReaderFuzzTest#tls13Reader -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RecordReaderFuzzTest {

    @FuzzTest
    void plaintextReader(byte[] input) {
        readAll(new RecordReader(), input);
    }

    @FuzzTest
    void tls13Reader(byte[] input) {
        readAll(reader(RecordFuzzSeedsTest.tls13()), input);
    }

    @FuzzTest
    void tls12GcmReader(byte[] input) {
        RecordReader reader = reader(RecordFuzzSeedsTest.tls12Gcm());
        reader.setNegotiatedVersion(ProtocolVersion.TLS12);
        readAll(reader, input);
    }

    @FuzzTest
    void tls12ChaChaReader(byte[] input) {
        RecordReader reader = reader(RecordFuzzSeedsTest.tls12ChaCha());
        reader.setNegotiatedVersion(ProtocolVersion.TLS12);
        readAll(reader, input);
    }

    /** TLS 1.3 behind a MAC that accepts anything, so the fuzzer reaches the inner plaintext. */
    @FuzzTest
    void tls13ReaderPastTheMac(byte[] input) {
        readAll(reader(RecordFuzzSeedsTest.tls13Transparent()), input);
    }

    /** TLS 1.2 behind a MAC that accepts anything, so the fuzzer reaches the plaintext checks. */
    @FuzzTest
    void tls12ReaderPastTheMac(byte[] input) {
        readAll(reader(RecordFuzzSeedsTest.tls12Transparent()), input);
    }

    private static RecordReader reader(RecordProtection protection) {
        RecordReader reader = new RecordReader();
        reader.install(protection);
        return reader;
    }

    private static void readAll(RecordReader reader, byte[] input) {
        // Feed in two pieces, split where the first byte says, so cuts inside records are explored too.
        int split = input.length == 0 ? 0 : (input[0] & 0xFF) % (input.length + 1);
        try {
            read(reader, ByteBuffer.wrap(input, 0, split));
            read(reader, ByteBuffer.wrap(input, split, input.length - split));
        } catch (TlsException expected) {
            if (!(expected.reason() instanceof RecordFailure)) {
                throw new AssertionError("unexpected failure reason " + expected.reason(), expected);
            }
        }
    }

    private static void read(RecordReader reader, ByteBuffer in) throws TlsException {
        Optional<ReceivedRecord> record;
        while ((record = reader.read(in)).isPresent()) {
            if (record.get().length() > RecordLimits.MAX_PLAINTEXT_LENGTH) {
                throw new AssertionError("a record of " + record.get().length() + " bytes got through");
            }
            record.get().toBytes();
        }
    }
}
