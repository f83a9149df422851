package dev.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.handshake.codepoint.NamedGroup;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code SSL_ecdh_curve}: NIST, SEC and OpenSSL spellings, order, {@code auto}, errors. */
class GroupNamesTest {

    @Test
    void readsEverySpellingInOrder() {
        assertEquals(List.of(NamedGroup.SECP384R1, NamedGroup.X25519, NamedGroup.SECP256R1, NamedGroup.SECP521R1),
                GroupNames.parse("P-384:x25519:prime256v1:secp521r1"));
        assertEquals(List.of(NamedGroup.SECP256R1), GroupNames.parse("secp256r1,P-256"), "one group, named twice");
        assertEquals(List.of(NamedGroup.FFDHE2048, NamedGroup.X448), GroupNames.parse("ffdhe2048 X448"));
    }

    @Test
    void autoMeansTheDefaults() {
        assertEquals(List.of(NamedGroup.X25519, NamedGroup.SECP256R1, NamedGroup.SECP384R1), GroupNames.parse("auto"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P-192", "brainpoolP256r1", "curve25519", ":"})
    void unknownGroupsFailListingTheValidOnes(String list) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GroupNames.parse(list));
        assertTrue(e.getMessage().contains("valid names are X25519, X448, P-256 (prime256v1, secp256r1), "
                + "P-384 (secp384r1), P-521 (secp521r1), ffdhe2048, ffdhe3072, ffdhe4096"), e.getMessage());
    }

    @Test
    void knownButUnimplementedGroupsSaySo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GroupNames.parse("X25519MLKEM768"));
        assertTrue(e.getMessage().contains("is not implemented by Parley yet"), e.getMessage());
    }
}
