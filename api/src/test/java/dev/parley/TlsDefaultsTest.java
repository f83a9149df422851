package dev.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.handshake.codepoint.NamedGroup;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * IO::Socket::SSL's globals: {@code set_defaults}, {@code set_client_defaults},
 * {@code set_server_defaults}, {@code set_args_filter_hack} (also {@code 'use_defaults'}) and
 * {@code set_default_session_cache}.
 */
class TlsDefaultsTest {

    @AfterEach
    void forgetTheDefaults() {
        TlsDefaults.reset();
    }

    private static TlsConfig server(java.util.function.UnaryOperator<TlsConfigBuilder> options) throws IOException {
        return options.apply(TlsConfig.server().certificate(Fixtures.cert("server-chain.pem"),
                Fixtures.cert("server.key"))).build();
    }

    @Test
    void defaultsApplyToLaterConfigsAndTheProgramsOptionsWin() throws IOException {
        TlsConfig before = TlsConfig.client().build();
        TlsDefaults.setDefaults(b -> b.alpn("http/1.1").groups("P-256"));
        TlsConfig after = TlsConfig.client().build();
        TlsConfig overridden = TlsConfig.client().alpn("h2").build();
        assertEquals(List.of(), before.alpn(), "a built config never changes");
        assertEquals(List.of("http/1.1"), after.alpn());
        assertEquals(List.of(NamedGroup.SECP256R1), after.groups());
        assertEquals(List.of("h2"), overridden.alpn());
    }

    @Test
    void sideDefaultsApplyToTheirSideOnly() throws IOException {
        TlsDefaults.setClientDefaults(b -> b.alpn("client-proto"));
        TlsDefaults.setServerDefaults(b -> b.alpn("server-proto"));
        assertEquals(List.of("client-proto"), TlsConfig.client().build().alpn());
        assertEquals(List.of("server-proto"), server(b -> b).alpn());
    }

    @Test
    void laterDefaultsWinOverEarlierOnes() throws IOException {
        TlsDefaults.setDefaults(b -> b.alpn("first"));
        TlsDefaults.setClientDefaults(b -> b.alpn("second"));
        assertEquals(List.of("second"), TlsConfig.client().build().alpn());
    }

    @Test
    void theArgsFilterHasTheLastWord() throws IOException {
        List<TlsConfig.Side> seen = new ArrayList<>();
        TlsDefaults.setArgsFilter((side, options) -> {
            seen.add(side);
            if (side == TlsConfig.Side.CLIENT) {
                // Switch verification back on in code that turned it off.
                options.verifyMode(VerifyMode.PEER);
            }
        });
        TlsConfig config = TlsConfig.client().insecureDisableVerification().build();
        assertEquals(VerifyMode.PEER, config.verifyMode());
        server(b -> b);
        assertEquals(List.of(TlsConfig.Side.CLIENT, TlsConfig.Side.SERVER), seen);
    }

    @Test
    void useDefaultsMakesTheDefaultsWinOverThePrograms() throws IOException {
        TlsDefaults.setClientDefaults(b -> b.cipherList("TLS_AES_256_GCM_SHA384"));
        TlsDefaults.setArgsFilter(TlsDefaults.USE_DEFAULTS);
        TlsConfig config = TlsConfig.client().cipherList("TLS_CHACHA20_POLY1305_SHA256").build();
        assertEquals("[TLS_AES_256_GCM_SHA384]", config.cipherSuites().toString());
    }

    @Test
    void theDefaultSessionCacheServesConfigsWithoutTheirOwn() throws IOException {
        SessionCache shared = new SessionCache(10);
        TlsDefaults.setDefaultSessionCache(shared);
        assertSame(shared, TlsConfig.client().build().sessionCache().orElseThrow());
        SessionCache own = new SessionCache(1);
        assertSame(own, TlsConfig.client().sessionCache(own).build().sessionCache().orElseThrow());
        assertTrue(TlsConfig.client().sessionCacheSize(3).build().sessionCache().orElseThrow() instanceof SessionCache);
    }
}
