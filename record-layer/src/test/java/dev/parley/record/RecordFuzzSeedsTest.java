package dev.parley.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.parley.crypto.AeadAlgorithm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The seed corpus of {@link RecordReaderFuzzTest}: a few valid records for each target, made here
 * with the targets' fixed keys. The checked-in files must equal what this class makes, and every
 * one must read without failure, so the seeds stay real records as the code changes. To rewrite
 * them: {@code mvn -pl record-layer -am test -Dtest=RecordFuzzSeedsTest -Dparley.writeFuzzSeeds=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RecordFuzzSeedsTest {

    private static final Path CORPUS = Path.of("src/test/resources/dev/parley/record/RecordReaderFuzzTestInputs");

    static RecordProtection tls13() {
        return TestSuite.TLS13_AES_128_GCM.protection();
    }

    static RecordProtection tls12Gcm() {
        return TestSuite.TLS12_AES_128_GCM.protection();
    }

    static RecordProtection tls12ChaCha() {
        return TestSuite.TLS12_CHACHA20_POLY1305.protection();
    }

    static RecordProtection tls13Transparent() {
        return RecordProtection.tls13(new TransparentAead(), new byte[AeadAlgorithm.NONCE_LENGTH]);
    }

    static RecordProtection tls12Transparent() {
        return RecordProtection.tls12(new TransparentAead(), new byte[4]);
    }

    @Test
    void checkedInSeedsAreTheseRecords() throws Exception {
        for (Map.Entry<String, Map<String, byte[]>> target : seeds().entrySet()) {
            for (Map.Entry<String, byte[]> seed : target.getValue().entrySet()) {
                String name = "RecordReaderFuzzTestInputs/" + target.getKey() + "/" + seed.getKey();
                try (InputStream in = RecordFuzzSeedsTest.class.getResourceAsStream(name)) {
                    assertNotNull(in, "missing seed " + name);
                    assertArrayEquals(seed.getValue(), in.readAllBytes(), name);
                }
            }
        }
    }

    @Test
    void everySeedReadsWithoutFailure() throws Exception {
        for (Map.Entry<String, Map<String, byte[]>> target : seeds().entrySet()) {
            for (byte[] seed : target.getValue().values()) {
                assertFalse(Records.readAll(readerFor(target.getKey()), seed).isEmpty());
            }
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "parley.writeFuzzSeeds", matches = "true")
    void writeSeeds() throws IOException, TlsException {
        for (Map.Entry<String, Map<String, byte[]>> target : seeds().entrySet()) {
            Path directory = Files.createDirectories(CORPUS.resolve(target.getKey()));
            for (Map.Entry<String, byte[]> seed : target.getValue().entrySet()) {
                Files.write(directory.resolve(seed.getKey()), seed.getValue());
            }
        }
    }

    private static RecordReader readerFor(String target) {
        RecordReader reader = new RecordReader();
        switch (target) {
            case "tls13Reader" -> reader.install(tls13());
            case "tls12GcmReader" -> reader.install(tls12Gcm());
            case "tls12ChaChaReader" -> reader.install(tls12ChaCha());
            case "tls13ReaderPastTheMac" -> reader.install(tls13Transparent());
            case "tls12ReaderPastTheMac" -> reader.install(tls12Transparent());
            default -> { }
        }
        return reader;
    }

    private static Map<String, Map<String, byte[]>> seeds() throws TlsException {
        Map<String, Map<String, byte[]>> seeds = new LinkedHashMap<>();
        seeds.put("plaintextReader", flight(RecordWriter::new));
        seeds.put("tls13Reader", flight(() -> writer(tls13())));
        seeds.put("tls12GcmReader", flight(() -> writer(tls12Gcm())));
        seeds.put("tls12ChaChaReader", flight(() -> writer(tls12ChaCha())));
        seeds.put("tls13ReaderPastTheMac", flight(() -> {
            RecordWriter padded = writer(tls13Transparent());
            padded.setPaddingPolicy(PaddingPolicy.toMultipleOf(32));
            return padded;
        }));
        seeds.put("tls12ReaderPastTheMac", flight(() -> writer(tls12Transparent())));
        return seeds;
    }

    /**
     * Two seeds, each from a fresh writer (so each starts at sequence number 0): a handshake
     * record, and coalesced change_cipher_spec, application data, empty application data and alert.
     */
    private static Map<String, byte[]> flight(Supplier<RecordWriter> writers) throws TlsException {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("handshake-record", Records.write(writers.get(), ContentType.HANDSHAKE,
                new byte[] {1, 0, 0, 6, 3, 3, 0, 0, 0, 0}));
        RecordWriter writer = writers.get();
        seeds.put("coalesced-records", Records.concat(
                Records.write(writer, ContentType.CHANGE_CIPHER_SPEC, new byte[] {1}),
                Records.write(writer, ContentType.APPLICATION_DATA, "hello".getBytes()),
                Records.write(writer, ContentType.APPLICATION_DATA, new byte[0]),
                Records.write(writer, ContentType.ALERT, new byte[] {1, 0})));
        return seeds;
    }

    private static RecordWriter writer(RecordProtection protection) {
        RecordWriter writer = new RecordWriter();
        writer.install(protection);
        return writer;
    }
}
