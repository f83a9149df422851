package dev.parley.x509.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.name.Name;
import dev.parley.x509.testing.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 4514 strings into names, checked against OpenSSL: parsing OpenSSL's RFC 2253 string of a
 * certificate's subject gives exactly the DER OpenSSL wrote for that subject.
 */
class NameParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"root", "ica", "leaf", "rsa2048", "ec-p-256", "ed448", "v1"})
    void parsesOpenSslsStringsIntoOpenSslsEncodings(String certificate) throws X509Exception {
        Name subject = Certificate.parse(TestData.pemBody(certificate + ".pem")).subject();
        assertEquals(subject.encoded(), NameParser.parse(TestData.facts(certificate).get("subject")).encoded());
    }

    @Test
    void parsesEscapesUtf8HexPairsAndMultiValuedRdns() throws X509Exception {
        Name subject = Certificate.parse(TestData.pemBody("names/names.pem")).subject();
        String openssl = TestData.text("names/names-rfc2253.txt").strip();
        assertEquals(subject.encoded(), NameParser.parse(openssl).encoded());
    }

    @Test
    void readsBackWhatNameToStringWrites() throws X509Exception {
        for (String file : new String[] {"names/names.pem", "ica.pem", "leaf.pem"}) {
            Name subject = Certificate.parse(TestData.pemBody(file)).subject();
            assertEquals(subject.encoded(), NameParser.parse(subject.toString()).encoded(), file);
        }
    }

    @Test
    void takesHexValuesAndDottedTypes() {
        // RFC 4514 §4 example: 1.3.6.1.4.1.1466.0=#04024869 is an OCTET STRING "Hi".
        Name name = NameParser.parse("1.3.6.1.4.1.1466.0=#04024869,O=Test,C=GB");
        assertEquals("1.3.6.1.4.1.1466.0=#04024869,O=Test,C=GB", name.toString());
        assertEquals(3, name.rdns().size());
    }

    @Test
    void ignoresSpacesAroundSeparatorsAsOpenSslDoes() {
        assertEquals(NameParser.parse("CN=a,O=b").encoded(), NameParser.parse("CN=a , O = b").encoded());
    }

    @Test
    void keepsCharactersBeyondTheBasicMultilingualPlane() {
        Name name = NameParser.parse("CN=key \ud83d\udd11");
        assertEquals(List.of("key \ud83d\udd11"), name.commonNames());
        // UTF8String "key " then U+1F511 in four octets.
        assertTrue(name.encoded().toHex().endsWith("0c086b657920f09f9491"), name.encoded().toHex());
    }

    @Test
    void parsesTheEmptyString() {
        assertTrue(NameParser.parse("").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN", "CN=", "XX=a", "CN=a,", "CN=a\\", "CN=a\\zz", "CN=\"a\"", "C=Zürich", "1.2.3=#0402", "CN=\\C3", "CN=\ud83d"})
    void refusesMalformedStrings(String text) {
        assertThrows(IllegalArgumentException.class, () -> NameParser.parse(text));
    }
}
