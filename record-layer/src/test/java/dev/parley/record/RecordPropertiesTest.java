package dev.parley.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties of the record layer over all suites and both versions: round trips of any payload,
 * tampering, length limits, and hostile input that may only ever end in a {@link TlsException}.
 */
class RecordPropertiesTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Property(tries = 300)
    void anyPayloadOfAnyTypeRoundTrips(@ForAll Mode mode, @ForAll("contentTypes") ContentType type,
                                       @ForAll @Size(max = 16384) byte[] payload, @ForAll @IntRange(max = 20000) int cut)
            throws TlsException {
        byte[] content = type.equals(ContentType.ALERT) ? Arrays.copyOf(payload, 2) : payload;
        Assume.that(content.length > 0 || type.equals(ContentType.APPLICATION_DATA));
        byte[] wire = Records.write(mode.writer(), type, content);
        RecordReader reader = mode.reader();
        ByteBuffer in = ByteBuffer.wrap(wire);
        in.limit(Math.min(cut, wire.length));
        Optional<ReceivedRecord> record = reader.read(in);
        if (record.isEmpty()) {
            in.limit(wire.length);
            record = reader.read(in);
        }
        assertEquals(type, record.orElseThrow().type());
        assertArrayEquals(content, record.get().toBytes().toByteArray());
        assertEquals(mode != Mode.PLAINTEXT, record.get().wasEncrypted());
    }

    @Property(tries = 500)
    void flippingAnyBitOfAProtectedRecordMeansBadRecordMac(@ForAll TestSuite suite,
                                                          @ForAll @Size(max = 100) byte[] payload,
                                                          @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int bitChoice)
            throws TlsException {
        RecordWriter writer = new RecordWriter();
        writer.install(suite.protection());
        byte[] wire = Records.write(writer, ContentType.APPLICATION_DATA, payload);
        int bit = bitChoice % (wire.length * 8);
        wire[bit / 8] ^= (byte) (1 << (bit % 8));
        RecordReader reader = new RecordReader();
        reader.install(suite.protection());
        if (bit / 8 >= RecordLimits.HEADER_LENGTH) {
            TlsException e = assertThrows(TlsException.class, () -> reader.read(ByteBuffer.wrap(wire)));
            assertEquals(RecordFailure.BAD_RECORD_MAC, e.reason());
            return;
        }
        // A changed header is bad_record_mac too where it still parses (it is authenticated),
        // or a refusal of the header itself, or a longer record still waiting for its end: never a record.
        try {
            assertEquals(Optional.empty(), reader.read(ByteBuffer.wrap(wire)));
        } catch (TlsException expected) {
            // the only other outcome
        }
    }

    @Property(tries = 200)
    void aHeaderLengthOverTheLimitIsRecordOverflow(@ForAll Mode mode, @ForAll @IntRange(min = 0, max = 0xFFFF) int excess) {
        int limit = mode.maxBodyLength();
        // Every length from limit + 1 to the largest the header can state.
        int length = limit + 1 + excess % (0xFFFF - limit);
        RecordReader reader = mode.reader();
        TlsException e = assertThrows(TlsException.class,
                () -> reader.read(ByteBuffer.wrap(Records.header(23, 0x0303, length))));
        assertEquals(RecordFailure.RECORD_LENGTH_OVERFLOW, e.reason());
        assertEquals(AlertDescription.RECORD_OVERFLOW, e.alert());
    }

    @Property(tries = 30)
    void protectedPlaintextOverTheLimitIsRecordOverflow(@ForAll TestSuite suite, @ForAll @IntRange(min = 1, max = 200) int excess)
            throws TlsException {
        // Sealed behind the writer's back: a body that fits the ciphertext limit but holds too much.
        int contentLength = (suite.tls13 ? RecordLimits.MAX_TLS13_INNER_PLAINTEXT_LENGTH : RecordLimits.MAX_PLAINTEXT_LENGTH)
                - (suite.tls13 ? 1 : 0) + excess;
        byte[] wire = Records.sealRaw(suite.protection(), 23, new byte[contentLength], 0);
        RecordReader reader = new RecordReader();
        reader.install(suite.protection());
        TlsException e = assertThrows(TlsException.class, () -> reader.read(ByteBuffer.wrap(wire)));
        assertEquals(RecordFailure.PLAINTEXT_OVERFLOW, e.reason());
        assertEquals(AlertDescription.RECORD_OVERFLOW, e.alert());
    }

    @Property(tries = 1000)
    void hostileBytesEndInRecordsOrACleanFailureAndAllocateLittle(@ForAll Mode mode, @ForAll("hostileStreams") byte[] input,
                                                                 @ForAll @IntRange(min = 1, max = 3000) int piece) {
        // Without allocation accounting the bound below would hold vacuously.
        assertTrue(THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled());
        RecordReader reader = mode.reader();
        try {
            for (int at = 0; at < input.length; at += piece) {
                ByteBuffer in = ByteBuffer.wrap(input, at, Math.min(piece, input.length - at));
                while (true) {
                    long before = THREADS.getCurrentThreadAllocatedBytes();
                    Optional<ReceivedRecord> record = reader.read(in);
                    long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
                    assertTrue(allocated < RecordLimits.MAX_RECORD_LENGTH, "one read allocated " + allocated + " bytes");
                    if (record.isEmpty()) {
                        break;
                    }
                    assertTrue(record.get().length() <= RecordLimits.MAX_PLAINTEXT_LENGTH);
                }
            }
        } catch (TlsException expected) {
            assertTrue(expected.reason() instanceof RecordFailure, "unexpected reason " + expected.reason());
        } catch (RuntimeException | Error e) {
            fail("the reader threw " + e + " instead of a TlsException", e);
        }
    }

    @Provide
    Arbitrary<ContentType> contentTypes() {
        return Arbitraries.of(ContentType.HANDSHAKE, ContentType.APPLICATION_DATA, ContentType.ALERT);
    }

    /** Random bytes, and streams that start like records: headers of every kind with random bodies. */
    @Provide
    Arbitrary<byte[]> hostileStreams() {
        Arbitrary<byte[]> headerLike = Combinators.combine(
                Arbitraries.integers().between(19, 25),
                Arbitraries.of(0x0303, 0x0301, 0x0304, 0x03FF, 0x0203, 0x1603),
                Arbitraries.integers().between(0, 0xFFFF),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(600)).as((type, version, length, body) ->
                        Records.concat(Records.header(type, version, Math.min(length, body.length + 3)), body));
        Arbitrary<byte[]> someRecords = headerLike.list().ofMaxSize(6).map(list -> Records.concat(list.toArray(byte[][]::new)));
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(2000), headerLike, someRecords);
    }

    /** Plaintext and the six protections: what a reader may be in. */
    enum Mode {
        PLAINTEXT(null),
        TLS13_AES_128_GCM(TestSuite.TLS13_AES_128_GCM),
        TLS13_AES_256_GCM(TestSuite.TLS13_AES_256_GCM),
        TLS13_CHACHA20_POLY1305(TestSuite.TLS13_CHACHA20_POLY1305),
        TLS12_AES_128_GCM(TestSuite.TLS12_AES_128_GCM),
        TLS12_AES_256_GCM(TestSuite.TLS12_AES_256_GCM),
        TLS12_CHACHA20_POLY1305(TestSuite.TLS12_CHACHA20_POLY1305);

        private final TestSuite suite;

        Mode(TestSuite suite) {
            this.suite = suite;
        }

        RecordReader reader() {
            RecordReader reader = new RecordReader();
            if (suite != null) {
                reader.install(suite.protection());
                reader.setNegotiatedVersion(suite.version());
            }
            return reader;
        }

        RecordWriter writer() {
            RecordWriter writer = new RecordWriter();
            if (suite != null) {
                writer.install(suite.protection());
            }
            return writer;
        }

        int maxBodyLength() {
            return suite == null ? RecordLimits.MAX_PLAINTEXT_LENGTH
                    : suite.tls13 ? RecordLimits.MAX_TLS13_CIPHERTEXT_LENGTH : RecordLimits.MAX_TLS12_CIPHERTEXT_LENGTH;
        }
    }
}
