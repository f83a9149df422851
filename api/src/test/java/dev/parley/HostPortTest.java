package dev.parley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code host:port} as {@link TlsSocket#connect(String)} takes it. */
class HostPortTest {

    @Test
    void readsNamesAddressesAndServiceNames() {
        assertEquals(new HostPort("example.com", 443), HostPort.parse("example.com:443"));
        assertEquals(new HostPort("192.0.2.1", 993), HostPort.parse("192.0.2.1:imaps"));
        assertEquals(new HostPort("2001:db8::1", 443), HostPort.parse("[2001:db8::1]:https"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "example.com:", ":443", "[::1:443", "example.com:0", "example.com:70000",
            "example.com:http"})
    void refusesAnythingElseShowingTheForms(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HostPort.parse(text));
        assertTrue(e.getMessage().contains("example.com:443") || e.getMessage().contains("use 1 to 65535"),
                e.getMessage());
    }

    @Test
    void anIpv6AddressNeedsBrackets() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HostPort.parse("::1:443"));
        assertTrue(e.getMessage().contains("[::1]:443"), e.getMessage());
    }
}
