package dev.parley.handshake.codepoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The GREASE values of RFC 8701 §2, and nothing else, are recognized. */
class GreaseTest {

    @Test
    void exactlySixteenTwoByteValuesAreGrease() {
        Set<Integer> found = new HashSet<>();
        for (int code = 0; code <= 0xFFFF; code++) {
            if (Grease.isGrease(code)) {
                found.add(code);
            }
        }
        assertEquals(Set.copyOf(Grease.VALUES), found);
        assertEquals(16, found.size());
    }

    @Test
    void exactlyEightPskModesAreGrease() {
        Set<Integer> found = new HashSet<>();
        for (int code = 0; code <= 0xFF; code++) {
            if (new PskKeyExchangeMode(code).isGrease()) {
                found.add(code);
            }
        }
        assertEquals(Set.of(0x0B, 0x2A, 0x49, 0x68, 0x87, 0xA6, 0xC5, 0xE4), found);
    }

    @Test
    void codePointsKnowTheirGreaseValues() {
        assertTrue(new CipherSuite(0xDADA).isGrease());
        assertTrue(new ExtensionType(0x0A0A).isGrease());
        assertTrue(new NamedGroup(0xFAFA).isGrease());
        assertTrue(new SignatureScheme(0x3A3A).isGrease());
        assertFalse(new NamedGroup(0x0A1A).isGrease());
        assertFalse(CipherSuite.TLS_AES_128_GCM_SHA256.isGrease());
    }

    @Test
    void greaseProtocolNamesAreTwoEqualBytes() {
        assertTrue(Grease.isGreaseProtocolName(Bytes.fromHex("4a4a")));
        assertFalse(Grease.isGreaseProtocolName(Bytes.fromHex("4a5a")));
        assertFalse(Grease.isGreaseProtocolName(Bytes.fromHex("4a4a4a")));
        assertFalse(Grease.isGreaseProtocolName(Bytes.fromHex("6832")));
    }

    @Test
    void everyChoiceTheClientDrawsIsAGreaseValue() {
        for (int random = -40; random < 40; random++) {
            assertTrue(Grease.cipherSuite(random).isGrease());
            assertTrue(Grease.extensionType(random).isGrease());
            assertTrue(Grease.namedGroup(random).isGrease());
            assertTrue(Grease.signatureScheme(random).isGrease());
            assertTrue(Grease.isGrease(Grease.protocolVersion(random).code()));
            assertTrue(Grease.pskKeyExchangeMode(random).isGrease());
            assertTrue(Grease.isGreaseProtocolName(Grease.protocolName(random)));
        }
    }
}
