package dev.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SNI name, verification name and session key, derived as IO::Socket::SSL derives them. */
class ClientTargetTest {

    @Test
    void aHostNameIsSentInSniAndVerified() throws IOException {
        ClientTarget target = ClientTarget.of(TlsConfig.client().build(), "www.example.com.", 443);
        assertEquals(Optional.of("www.example.com"), target.serverName());
        assertEquals(Optional.of("www.example.com"), target.verifyName());
        assertEquals("www.example.com.:443", target.sessionKey());
    }

    @Test
    void anIpAddressIsVerifiedButNeverSentInSni() throws IOException {
        ClientTarget v4 = ClientTarget.of(TlsConfig.client().build(), "192.0.2.1", 993);
        assertEquals(Optional.empty(), v4.serverName());
        assertEquals(Optional.of("192.0.2.1"), v4.verifyName());
        ClientTarget v6 = ClientTarget.of(TlsConfig.client().build(), "[2001:db8::1]", 443);
        assertEquals(Optional.empty(), v6.serverName());
        assertEquals(Optional.of("2001:db8::1"), v6.verifyName());
    }

    @Test
    void theEmptyHostnameTurnsSniOffButTheHostIsStillVerified() throws IOException {
        ClientTarget target = ClientTarget.of(TlsConfig.client().hostname("").build(), "mail.example", 465);
        assertEquals(Optional.empty(), target.serverName());
        assertEquals(Optional.of("mail.example"), target.verifyName());
    }

    @Test
    void explicitNamesAndKeysWin() throws IOException {
        TlsConfig config = TlsConfig.client().hostname("sni.example").verifyName("cert.example")
                .sessionKey("ftp.example:any").build();
        ClientTarget target = ClientTarget.of(config, "10.0.0.1", 990);
        assertEquals(Optional.of("sni.example"), target.serverName());
        assertEquals(Optional.of("cert.example"), target.verifyName());
        assertEquals("ftp.example:any", target.sessionKey());
    }
}
