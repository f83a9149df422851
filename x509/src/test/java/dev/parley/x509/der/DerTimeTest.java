package dev.parley.x509.der;

import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The RFC 5280 §4.1.2.5 forms of UTCTime and GeneralizedTime. */
class DerTimeTest {

    private static Bytes ascii(String text) {
        return Bytes.wrap(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void readsUtcTimeYearsFiftyAndAboveAsNineteenHundreds() throws X509Exception {
        // RFC 5280 §4.1.2.5.1: YY >= 50 is 19YY, YY < 50 is 20YY.
        assertEquals(Instant.parse("1950-01-01T00:00:00Z"), DerTime.decodeUtcTime(ascii("500101000000Z")));
        assertEquals(Instant.parse("2049-12-31T23:59:59Z"), DerTime.decodeUtcTime(ascii("491231235959Z")));
    }

    @Test
    void readsGeneralizedTime() throws X509Exception {
        assertEquals(Instant.parse("9999-12-31T23:59:59Z"), DerTime.decodeGeneralizedTime(ascii("99991231235959Z")));
        assertEquals(Instant.parse("2024-02-29T12:00:00Z"), DerTime.decodeGeneralizedTime(ascii("20240229120000Z")));
    }

    @Test
    void rejectsTimesWithoutSeconds() {
        assertFails(X509Failure.INVALID_TIME, () -> DerTime.decodeUtcTime(ascii("2401010000Z")));
        assertFails(X509Failure.INVALID_TIME, () -> DerTime.decodeGeneralizedTime(ascii("202401010000Z")));
    }

    @Test
    void rejectsTimesNotInZulu() {
        assertFails(X509Failure.INVALID_TIME, () -> DerTime.decodeUtcTime(ascii("240101000000+0100")));
        assertFails(X509Failure.INVALID_TIME, () -> DerTime.decodeUtcTime(ascii("240101000000")));
        assertFails(X509Failure.INVALID_TIME, () -> DerTime.decodeGeneralizedTime(ascii("20240101000000z")));
    }

    @Test
    void rejectsFractionalSeconds() {
        assertFails(X509Failure.INVALID_TIME, () -> DerTime.decodeGeneralizedTime(ascii("20240101000000.5Z")));
    }

    @Test
    void rejectsDatesThatDoNotExist() {
        assertFails(X509Failure.INVALID_TIME, () -> DerTime.decodeUtcTime(ascii("230229000000Z")));
        assertFails(X509Failure.INVALID_TIME, () -> DerTime.decodeUtcTime(ascii("240230000000Z")));
        assertFails(X509Failure.INVALID_TIME, () -> DerTime.decodeUtcTime(ascii("241301000000Z")));
        assertFails(X509Failure.INVALID_TIME, () -> DerTime.decodeUtcTime(ascii("240101240000Z")));
        assertFails(X509Failure.INVALID_TIME, () -> DerTime.decodeUtcTime(ascii("240101235960Z")));
        assertFails(X509Failure.INVALID_TIME, () -> DerTime.decodeUtcTime(ascii("24010100000aZ")));
        assertFails(X509Failure.INVALID_TIME, () -> DerTime.decodeUtcTime(ascii("2401-1000000Z")));
    }

    @Test
    void writesUtcTimeThrough2049AndGeneralizedTimeFrom2050() throws X509Exception {
        assertEquals(DerTag.UTC_TIME, tagOf(Instant.parse("2049-12-31T23:59:59Z")));
        assertEquals(DerTag.GENERALIZED_TIME, tagOf(Instant.parse("2050-01-01T00:00:00Z")));
        assertEquals(DerTag.GENERALIZED_TIME, tagOf(Instant.parse("1949-12-31T23:59:59Z")));
        assertEquals(DerTag.UTC_TIME, tagOf(Instant.parse("1950-01-01T00:00:00Z")));
    }

    @Test
    void refusesToWriteFractionsOrOutOfRangeYears() {
        assertThrows(IllegalArgumentException.class, () -> DerTime.encodeUtcTime(Instant.parse("2024-01-01T00:00:00.5Z")));
        assertThrows(IllegalArgumentException.class, () -> DerTime.encodeUtcTime(Instant.parse("2050-01-01T00:00:00Z")));
        assertThrows(IllegalArgumentException.class, () -> DerTime.encodeGeneralizedTime(Instant.parse("+10000-01-01T00:00:00Z")));
    }

    private static DerTag tagOf(Instant time) throws X509Exception {
        return DerReader.of(DerWriter.encode(w -> w.time(time))).readAny("time").tag();
    }
}
