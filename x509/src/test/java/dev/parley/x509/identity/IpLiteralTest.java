package dev.parley.x509.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.Bytes;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** IPv4 and IPv6 text forms: RFC 4291 §2.2 for reading, RFC 5952 §4 for writing. */
class IpLiteralTest {

    private static Bytes octets(String text) {
        return IpLiteral.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
    }

    /** RFC 4291 §2.2: each pair names the same address in two of its three text forms. */
    @ParameterizedTest
    @CsvSource({
        "2001:DB8:0:0:8:800:200C:417A, 2001:DB8::8:800:200C:417A",
        "FF01:0:0:0:0:0:0:101, FF01::101",
        "0:0:0:0:0:0:0:1, ::1",
        "0:0:0:0:0:0:0:0, ::",
        "0:0:0:0:0:0:13.1.68.3, ::13.1.68.3",
        "0:0:0:0:0:FFFF:129.144.52.38, ::FFFF:129.144.52.38",
        "1080:0:0:0:8:800:200C:417A, 1080::8:800:200C:417A",
        "2001:db8:aaaa:bbbb:cccc:dddd:eeee:0001, 2001:db8:aaaa:bbbb:cccc:dddd:eeee:1",
        "2001:db8:0:0:0:0:0:1, 2001:db8:0::1",
        "2001:db8:aaaa:bbbb:cccc:dddd:0:1, 2001:db8:aaaa:bbbb:cccc:dddd::1",
    })
    void rfc4291FormsOfOneAddressGiveTheSameOctets(String longForm, String shortForm) {
        assertEquals(octets(longForm), octets(shortForm));
        assertEquals(16, octets(longForm).length());
    }

    @Test
    void readsTheOctetsOfKnownAddresses() {
        assertEquals(Bytes.fromHex("20010db8000000000000000000000001"), octets("2001:db8::1"));
        assertEquals(Bytes.fromHex("00000000000000000000ffffc0000201"), octets("::ffff:192.0.2.1"));
        assertEquals(Bytes.fromHex("c0000201"), octets("192.0.2.1"));
        assertEquals(Bytes.fromHex("00000000"), octets("0.0.0.0"));
        assertEquals(Bytes.fromHex("ffffffff"), octets("255.255.255.255"));
        assertEquals(Bytes.fromHex("00010002000300040005000600070000"), octets("1:2:3:4:5:6:7::"));
        assertEquals(Bytes.fromHex("00000002000300040005000600070008"), octets("::2:3:4:5:6:7:8"));
    }

    /** RFC 5952 §4.2.1–§4.2.3 and §4.3: the canonical text of an address. */
    @ParameterizedTest
    @CsvSource({
        "2001:db8:0:0:0:0:2:1, 2001:db8::2:1",
        "2001:db8::0:1, 2001:db8::1",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:DB8:AAAA:BBBB:CCCC:DDDD:EEEE:0001, 2001:db8:aaaa:bbbb:cccc:dddd:eeee:1",
        "0:0:0:0:0:0:0:0, ::",
        "0:0:0:0:0:0:0:1, ::1",
        "1:0:0:0:0:0:0:0, 1::",
        "0:0:0:0:0:FFFF:129.144.52.38, ::ffff:129.144.52.38",
        "192.0.2.1, 192.0.2.1",
    })
    void formatsCanonically(String input, String canonical) {
        assertEquals(canonical, IpLiteral.format(octets(input)));
    }

    @Test
    void formatsOtherLengthsAsHex() {
        assertEquals("0xc0000201ffffff00", IpLiteral.format(Bytes.fromHex("c0000201ffffff00")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", ".", "1.2.3", "1.2.3.4.5", "256.0.0.1", "1.2.3.-4", "01.2.3.4", "1.2.3.04", "1..2.3",
        "1.2.3.4.", " 1.2.3.4", "1.2.3.4 ", "0x7f.0.0.1", "１.2.3.4",
        ":", ":::", "::1::", "1::2::3", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8::",
        "::1:2:3:4:5:6:7:8", ":1::", "1::2:", "12345::", "g::", "fe80::1%eth0", "[::1]", "::1.2.3",
        "::1.2.3.4.5", "1.2.3.4::", "::ffff:01.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "::１",
        "0000000000000000000000000000000000000000000000000",
    })
    void refusesWhatIsNoLiteral(String text) {
        assertEquals(Optional.empty(), IpLiteral.parse(text), text);
        assertFalse(IpLiteral.isIpLiteral(text));
    }

    @Test
    void ipv4OnlyRefusesIpv6() {
        assertTrue(IpLiteral.parseIpv4Only("::1").isEmpty());
        assertEquals(Optional.of(Bytes.fromHex("7f000001")), IpLiteral.parseIpv4Only("127.0.0.1"));
    }

    @Test
    void acceptsSevenGroupsAroundACompression() {
        assertTrue(IpLiteral.isIpLiteral("1::3:4:5:6:7:8"));
        assertTrue(IpLiteral.isIpLiteral("1:2:3:4:5:6::8"));
        assertTrue(IpLiteral.isIpLiteral("::2:3:4:5:6:1.2.3.4"));
        assertTrue(IpLiteral.isIpLiteral("1:2:3:4:5:6:1.2.3.4"));
    }
}
