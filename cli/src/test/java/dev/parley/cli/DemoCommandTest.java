package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code parley demo} runs to completion in this process and shows what it promises. */
class DemoCommandTest {

    @Test
    void theDemoShowsAFullHandshakeThenAResumedOne() {
        Runs.Result result = Runs.run("demo");
        assertEquals(0, result.exitCode(), result.err());
        String out = result.out();
        for (String expected : new String[] {"TLSv1.3", "TLS_AES_128_GCM_SHA256", "x25519", "ecdsa_secp256r1_sha256",
                "ALPN                http/1.1", "ALPN offered        h2, http/1.1", "[0] subject CN=localhost",
                "[1] subject CN=Parley Demo CA", "sha256$", "hello back, you said hello", "close_notify",
                "with the same session cache: resumed", "resumed             yes", "resumed             no"}) {
            assertTrue(out.contains(expected), "the report names " + expected + ":\n" + out);
        }
        assertTrue(out.matches("(?s).*Connect \\+ full handshake\\s+\\d+\\.\\d ms.*"), "the handshake's time:\n" + out);
        assertEquals("", result.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa", "ed25519"})
    void otherKeyTypesSignWithTheirSchemes(String keyType) {
        Runs.Result result = Runs.run("demo", "--key-type", keyType);
        assertEquals(0, result.exitCode(), result.err());
        String scheme = keyType.equals("rsa") ? "rsa_pss_rsae_sha256" : "ed25519";
        assertTrue(result.out().contains("signature scheme    " + scheme), result.out());
        assertTrue(result.out().contains("resumed             yes"), result.out());
    }
}
