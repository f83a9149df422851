package dev.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.record.ProtocolVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code SSL_cipher_list} / {@code SSL_ciphersuites}: IANA and OpenSSL names, order, exclusions, errors. */
class CipherNamesTest {

    private static final List<ProtocolVersion> TLS13 = List.of(ProtocolVersion.TLS13);
    private static final List<ProtocolVersion> BOTH = List.of(ProtocolVersion.TLS13, ProtocolVersion.TLS12);

    @Test
    void keepsTheOrderGiven() {
        assertEquals(List.of(CipherSuite.TLS_CHACHA20_POLY1305_SHA256, CipherSuite.TLS_AES_128_GCM_SHA256),
                CipherNames.parse("TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256", TLS13));
    }

    @Test
    void namesAreCaseInsensitiveAndMaySeparateWithCommasOrSpaces() {
        assertEquals(List.of(CipherSuite.TLS_AES_256_GCM_SHA384, CipherSuite.TLS_AES_128_GCM_SHA256),
                CipherNames.parse("tls_aes_256_gcm_sha384, TLS_AES_128_GCM_SHA256", TLS13));
    }

    @Test
    void defaultAllAndHighMeanEverySuiteAndExclusionsRemove() {
        assertEquals(List.of(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_AES_256_GCM_SHA384,
                CipherSuite.TLS_CHACHA20_POLY1305_SHA256), CipherNames.parse("DEFAULT", TLS13));
        assertEquals(List.of(CipherSuite.TLS_AES_128_GCM_SHA256, CipherSuite.TLS_AES_256_GCM_SHA384),
                CipherNames.parse("HIGH:!TLS_CHACHA20_POLY1305_SHA256", TLS13));
        assertEquals(List.of(CipherSuite.TLS_AES_256_GCM_SHA384), CipherNames.parse(
                "!TLS_AES_128_GCM_SHA256:-TLS_CHACHA20_POLY1305_SHA256", TLS13), "exclusions alone start from all");
    }

    @Test
    void theEmptyListMeansTheDefaults() {
        assertEquals(CipherNames.defaults(TLS13), CipherNames.parse("", TLS13));
    }

    @Test
    void excludingFamiliesParleyNeverHasIsANoOp() {
        // The shape of IO::Socket::SSL's own default cipher list.
        assertEquals(CipherNames.defaults(TLS13), CipherNames.parse(
                "ALL:!EXPORT:!LOW:!MEDIUM:!aNULL:!eNULL:!RC4:!DES:!3DES:!MD5:!PSK:!SRP", TLS13));
    }

    @Test
    void openSslNamesOfTls12SuitesAreKnownWhenTls12IsEnabled() {
        assertEquals(List.of(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
                CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256),
                CipherNames.parse("ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-CHACHA20-POLY1305", BOTH));
        assertEquals("ECDHE-RSA-AES256-GCM-SHA384",
                CipherNames.opensslName(CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384));
        assertEquals("TLS_AES_128_GCM_SHA256", CipherNames.opensslName(CipherSuite.TLS_AES_128_GCM_SHA256));
    }

    @Test
    void aTls12SuiteWithoutTls12SaysWhy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CipherNames.parse("ECDHE-RSA-AES128-GCM-SHA256", TLS13));
        assertTrue(e.getMessage().contains("is a TLSv1_2 suite, but the enabled versions are TLSv1_3"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AES128-SHA", "TLS_AES_128_CCM_SHA256", "RC4-MD5", "TLS_AES_128_GCM_SHA265", "!BOGUS"})
    void unknownNamesFailListingTheValidOnes(String list) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CipherNames.parse(list, TLS13));
        assertTrue(e.getMessage().startsWith("unknown cipher '"), e.getMessage());
        assertTrue(e.getMessage().contains(
                "valid names are TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256"),
                e.getMessage());
    }

    @Test
    void theValidNamesIncludeOpenSslSpellingsWhereTheyDiffer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CipherNames.parse("X", BOTH));
        assertTrue(e.getMessage().contains("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 (ECDHE-RSA-AES128-GCM-SHA256)"),
                e.getMessage());
    }

    @Test
    void aListThatLeavesNothingFails() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CipherNames.parse("ALL:!ALL", TLS13));
        assertTrue(e.getMessage().contains("leaves no cipher suite"), e.getMessage());
    }
}
