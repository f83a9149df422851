package dev.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code SSL_verify_mode}: OpenSSL's flag names and numbers. */
class VerifyModeTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "none; 0", "SSL_VERIFY_NONE; 0", "peer; 1", "SSL_VERIFY_PEER; 1", "1; 1", "0x03; 3",
            "SSL_VERIFY_PEER|SSL_VERIFY_FAIL_IF_NO_PEER_CERT; 3", "peer | fail-if-no-peer-cert; 3",
            "peer|client_once; 5", "7; 7"})
    void readsNamesAndNumbers(String text, int bits) {
        assertEquals(bits, VerifyMode.parse(text).bits());
    }

    @Test
    void printsOpenSslNames() {
        assertEquals("SSL_VERIFY_PEER|SSL_VERIFY_FAIL_IF_NO_PEER_CERT", VerifyMode.REQUIRE_PEER.toString());
        assertEquals("SSL_VERIFY_NONE", VerifyMode.NONE.toString());
        assertEquals(VerifyMode.PEER, VerifyMode.ofBits(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"verify", "SSL_VERIFY_ALWAYS", "peer|", "8", "0x10"})
    void unknownFlagsFailListingTheValidOnes(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VerifyMode.parse(text));
        assertTrue(e.getMessage().contains("valid flags are none (SSL_VERIFY_NONE, 0), peer (SSL_VERIFY_PEER, 1)"),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fail_if_no_peer_cert", "2", "client_once"})
    void serverFlagsWithoutPeerAreAMistake(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VerifyMode.parse(text));
        assertTrue(e.getMessage().contains("only take effect together with SSL_VERIFY_PEER"), e.getMessage());
    }
}
