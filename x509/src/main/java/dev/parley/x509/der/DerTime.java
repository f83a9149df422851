package dev.parley.x509.der;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * UTCTime and GeneralizedTime in the only forms RFC 5280 §4.1.2.5 allows: UTC ({@code Z}), with
 * seconds, without fractions. Every other form X.680 permits (offsets, missing seconds, fractions)
 * is rejected, as are dates that do not exist (February 30th, hour 24, second 60).
 */
public final class DerTime {

    /** The first year RFC 5280 §4.1.2.5 encodes as GeneralizedTime rather than UTCTime. */
    public static final int FIRST_GENERALIZED_YEAR = 2050;

    private DerTime() {
    }

    /**
     * Decodes UTCTime content, {@code YYMMDDHHMMSSZ}.
     *
     * @throws X509Exception with {@link X509Failure#INVALID_TIME} unless the content is exactly that form
     */
    public static Instant decodeUtcTime(Bytes content) throws X509Exception {
        // RFC 5280 §4.1.2.5.1: YYMMDDHHMMSSZ, always with seconds and always in Zulu time.
        String text = ascii(content, 13, "UTCTime");
        int twoDigitYear = digits(text, 0, 2);
        // RFC 5280 §4.1.2.5.1: YY of 50 or more is 19YY, less than 50 is 20YY.
        int year = twoDigitYear >= 50 ? 1900 + twoDigitYear : 2000 + twoDigitYear;
        return instant(text, year, 2, "UTCTime");
    }

    /**
     * Decodes GeneralizedTime content, {@code YYYYMMDDHHMMSSZ}.
     *
     * @throws X509Exception with {@link X509Failure#INVALID_TIME} unless the content is exactly that form
     */
    public static Instant decodeGeneralizedTime(Bytes content) throws X509Exception {
        // RFC 5280 §4.1.2.5.2: YYYYMMDDHHMMSSZ, with seconds, no fractional seconds, in Zulu time.
        String text = ascii(content, 15, "GeneralizedTime");
        return instant(text, digits(text, 0, 4), 4, "GeneralizedTime");
    }

    /** UTCTime content for {@code time}, which must lie in 1950–2049 and on a whole second. */
    public static Bytes encodeUtcTime(Instant time) {
        LocalDateTime utc = wholeSecondUtc(time);
        if (utc.getYear() < 1950 || utc.getYear() >= FIRST_GENERALIZED_YEAR) {
            throw new IllegalArgumentException("UTCTime covers 1950 to 2049 only: " + time);
        }
        return format(utc, String.format("%02d", utc.getYear() % 100));
    }

    /** GeneralizedTime content for {@code time}, which must lie in years 0–9999 and on a whole second. */
    public static Bytes encodeGeneralizedTime(Instant time) {
        LocalDateTime utc = wholeSecondUtc(time);
        if (utc.getYear() < 0 || utc.getYear() > 9999) {
            throw new IllegalArgumentException("GeneralizedTime covers years 0 to 9999 only: " + time);
        }
        return format(utc, String.format("%04d", utc.getYear()));
    }

    /** Whether RFC 5280 §4.1.2.5 wants {@code time} as UTCTime (through 2049) rather than GeneralizedTime. */
    public static boolean usesUtcTime(Instant time) {
        int year = LocalDateTime.ofInstant(time, ZoneOffset.UTC).getYear();
        return year >= 1950 && year < FIRST_GENERALIZED_YEAR;
    }

    private static String ascii(Bytes content, int length, String type) throws X509Exception {
        if (content.length() != length) {
            throw invalid(type + " must be " + length + " characters, not " + content.length());
        }
        String text = new String(content.toByteArray(), StandardCharsets.ISO_8859_1);
        for (int i = 0; i < length - 1; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                throw invalid(type + " has a non-digit at position " + i);
            }
        }
        if (text.charAt(length - 1) != 'Z') {
            throw invalid(type + " must end in Z (UTC)");
        }
        return text;
    }

    private static Instant instant(String text, int year, int offset, String type) throws X509Exception {
        try {
            LocalDateTime local = LocalDateTime.of(year, digits(text, offset, 2), digits(text, offset + 2, 2),
                    digits(text, offset + 4, 2), digits(text, offset + 6, 2), digits(text, offset + 8, 2));
            return local.toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw invalid(type + " " + text + " is not a date and time: " + e.getMessage());
        }
    }

    private static int digits(String text, int from, int count) {
        return Integer.parseInt(text, from, from + count, 10);
    }

    private static LocalDateTime wholeSecondUtc(Instant time) {
        if (time.getNano() != 0) {
            throw new IllegalArgumentException("RFC 5280 times have no fractional seconds: " + time);
        }
        return LocalDateTime.ofInstant(time, ZoneOffset.UTC);
    }

    private static Bytes format(LocalDateTime utc, String year) {
        String text = year + String.format("%02d%02d%02d%02d%02dZ", utc.getMonthValue(), utc.getDayOfMonth(),
                utc.getHour(), utc.getMinute(), utc.getSecond());
        return Bytes.wrap(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static X509Exception invalid(String detail) {
        return new X509Exception(X509Failure.INVALID_TIME, detail);
    }
}
