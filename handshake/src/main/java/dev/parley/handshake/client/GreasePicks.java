package dev.parley.handshake.client;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.RandomSource;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.Grease;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.handshake.extension.Extension;
import dev.parley.handshake.extension.KeyShareEntry;
import dev.parley.record.ProtocolVersion;

/**
 * The GREASE values one ClientHello carries (RFC 8701 §3.1), drawn once per connection, so that a
 * second ClientHello repeats them (RFC 8446 §4.1.2 allows no other change).
 *
 * <p>Where they go, first in each list as BoringSSL places them: a cipher suite, a version in
 * supported_versions, a group in supported_groups with a one-byte key share, a signature scheme,
 * and two extensions, an empty one first in the block and a one-byte one near its end (the two
 * types differ: a block holds no type twice, RFC 8446 §4.2). PSK modes and ALPN are not greased.
 *
 * @param cipherSuite the GREASE cipher suite
 * @param version the GREASE version
 * @param group the GREASE group
 * @param signatureScheme the GREASE signature scheme
 * @param emptyExtension the type of the empty GREASE extension
 * @param oneByteExtension the type of the GREASE extension with one zero byte of data
 */
record GreasePicks(CipherSuite cipherSuite, ProtocolVersion version, NamedGroup group,
                   SignatureScheme signatureScheme, ExtensionType emptyExtension, ExtensionType oneByteExtension) {

    /** Six draws from {@code random}, one for each value. */
    static GreasePicks draw(RandomSource random) {
        byte[] seeds = random.bytes(6);
        int first = seeds[4] & 0xFF;
        // RFC 8446 §4.2: the two GREASE extensions need different types; 1..15 steps away differs.
        int second = first + 1 + Math.floorMod(seeds[5], Grease.VALUES.size() - 1);
        return new GreasePicks(Grease.cipherSuite(seeds[0]), Grease.protocolVersion(seeds[1]),
                Grease.namedGroup(seeds[2]), Grease.signatureScheme(seeds[3]), Grease.extensionType(first),
                Grease.extensionType(second));
    }

    /** The key share sent for the GREASE group: RFC 8701 §3.1 allows any value; one zero byte. */
    KeyShareEntry keyShare() {
        return new KeyShareEntry(group, Bytes.of((byte) 0));
    }

    /** The empty GREASE extension. */
    Extension emptyExtensionValue() {
        return new Extension(emptyExtension, Bytes.EMPTY);
    }

    /** The non-empty GREASE extension: RFC 8701 §3.1 asks for varying lengths; one zero byte. */
    Extension oneByteExtensionValue() {
        return new Extension(oneByteExtension, Bytes.of((byte) 0));
    }
}
