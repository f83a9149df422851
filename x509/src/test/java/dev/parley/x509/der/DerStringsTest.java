package dev.parley.x509.der;

import static dev.parley.x509.testing.Failures.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.crypto.Bytes;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import org.junit.jupiter.api.Test;

/** The alphabets of the character string types (X.680 §41, §43). */
class DerStringsTest {

    @Test
    void rejectsCharactersOutsidePrintableString() {
        assertFails(X509Failure.INVALID_STRING, () -> DerStrings.decode(DerTag.PRINTABLE_STRING, Bytes.fromHex("6140622e636f6d")));
        assertFails(X509Failure.INVALID_STRING, () -> DerStrings.decode(DerTag.PRINTABLE_STRING, Bytes.fromHex("2a2e6578")));
    }

    @Test
    void acceptsEveryPrintableStringCharacter() throws X509Exception {
        String alphabet = "ABCXYZabcxyz0189 '()+,-./:=?";
        assertEquals(alphabet, DerStrings.decode(DerTag.PRINTABLE_STRING, DerStrings.encode(DerTag.PRINTABLE_STRING, alphabet)));
    }

    @Test
    void rejectsEightBitOctetsInIa5String() {
        assertFails(X509Failure.INVALID_STRING, () -> DerStrings.decode(DerTag.IA5_STRING, Bytes.fromHex("e9")));
    }

    @Test
    void rejectsMalformedUtf8() {
        // Overlong NUL, a lone continuation octet, an encoded surrogate (CESU-8), a truncated sequence.
        for (String hex : new String[] {"c080", "80", "eda080", "e282"}) {
            assertFails(X509Failure.INVALID_STRING, () -> DerStrings.decode(DerTag.UTF8_STRING, Bytes.fromHex(hex)));
        }
    }

    @Test
    void rejectsBmpStringsOfOddLengthOrWithSurrogates() {
        assertFails(X509Failure.INVALID_STRING, () -> DerStrings.decode(DerTag.BMP_STRING, Bytes.fromHex("004c00")));
        assertFails(X509Failure.INVALID_STRING, () -> DerStrings.decode(DerTag.BMP_STRING, Bytes.fromHex("d83dde00")));
    }

    @Test
    void rejectsUniversalStringsThatAreNotScalarValues() {
        assertFails(X509Failure.INVALID_STRING, () -> DerStrings.decode(DerTag.UNIVERSAL_STRING, Bytes.fromHex("0000004c00")));
        assertFails(X509Failure.INVALID_STRING, () -> DerStrings.decode(DerTag.UNIVERSAL_STRING, Bytes.fromHex("00110000")));
        assertFails(X509Failure.INVALID_STRING, () -> DerStrings.decode(DerTag.UNIVERSAL_STRING, Bytes.fromHex("0000d800")));
    }

    @Test
    void readsTeletexStringAsLatin1() throws X509Exception {
        assertEquals("Café", DerStrings.decode(DerTag.TELETEX_STRING, Bytes.fromHex("436166e9")));
    }

    @Test
    void rejectsNonStringTags() {
        assertFails(X509Failure.UNEXPECTED_TAG, () -> DerStrings.decode(DerTag.OCTET_STRING, Bytes.EMPTY));
    }

    @Test
    void refusesToWriteTextATypeCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> DerStrings.encode(DerTag.PRINTABLE_STRING, "a@b"));
        assertThrows(IllegalArgumentException.class, () -> DerStrings.encode(DerTag.IA5_STRING, "é"));
        assertThrows(IllegalArgumentException.class, () -> DerStrings.encode(DerTag.BMP_STRING, "\uD83D\uDE00"));
    }
}
