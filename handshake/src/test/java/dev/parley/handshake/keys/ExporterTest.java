package dev.parley.handshake.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import dev.parley.record.TlsException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The TLS 1.3 exporter (RFC 8446 §7.5) over the exporter secrets RFC 8448 prints.
 *
 * <p>RFC 8448 prints no exported values, so the expected outputs were computed outside Parley with
 * OpenSSL 3.0's TLS13-KDF, in the two HKDF-Expand-Label steps RFC 8446 §7.5 defines, e.g. for
 * the first test:
 * <pre>
 * E=$(printf '' | openssl dgst -sha256 -r | cut -d' ' -f1)           # Hash("")
 * S=$(openssl kdf -keylen 32 -kdfopt digest:SHA256 -kdfopt mode:EXPAND_ONLY \
 *       -kdfopt hexkey:fe22f881...d3cf50 -kdfopt prefix:"tls13 " \
 *       -kdfopt label:EXPORTER-Channel-Binding -kdfopt hexdata:$E TLS13-KDF)   # Derive-Secret(., label, "")
 * openssl kdf -keylen 32 -kdfopt digest:SHA256 -kdfopt mode:EXPAND_ONLY -kdfopt hexkey:$S \
 *       -kdfopt prefix:"tls13 " -kdfopt label:exporter -kdfopt hexdata:$E TLS13-KDF
 * </pre>
 * and cross-checked with a few lines of Python over {@code hmac}/{@code hashlib}.
 */
class ExporterTest {

    private final CryptoProvider crypto = new BouncyCastleCryptoProvider();

    /** RFC 8448 §3, {@code {server}  derive secret "tls13 exp master":} expanded. */
    private Exporter section3Exporter() {
        Bytes secret = Rfc8448.section(3).hex("{server}  derive secret \"tls13 exp master\":", "expanded");
        return new Exporter(crypto, HashAlgorithm.SHA256, Secret.copyOf(secret.toByteArray()));
    }

    /** The tls-exporter channel binding of RFC 9266: label "EXPORTER-Channel-Binding", no context, 32 bytes. */
    @Test
    void channelBindingOverTheSection3ExporterMasterSecret() throws TlsException {
        assertEquals(Bytes.fromHex("e3b0946bf2f4668144f22872e0afd51dc9608638c6f9b2584b98c6cd3a4affad"),
                Bytes.wrap(section3Exporter().exportKeyingMaterial("EXPORTER-Channel-Binding", Bytes.EMPTY, 32)));
    }

    /** A context and an output longer than one hash block (100 bytes, four HMAC blocks). */
    @Test
    void withContextAndALongOutput() throws TlsException {
        Bytes context = Bytes.wrap("context value".getBytes(StandardCharsets.US_ASCII));
        assertEquals(Bytes.fromHex("7d6e8956bf8272cad2fd174439e840b450cd340221562ea2ec7540dc6ffc756f"
                        + "9d5b6ccbc6a6281a4f398d3b51ca464ecf583ae3b58137535912aba78d257f2b"
                        + "26efce4ce3b9e59158f9a20c747f4e8a8fc6cdfe8ad781def1d1d991138a85a2"
                        + "166bf965"),
                Bytes.wrap(section3Exporter().exportKeyingMaterial("EXPERIMENTAL parley", context, 100)));
    }

    /** RFC 8448 §4's early_exporter_master_secret, through the early stage itself. */
    @Test
    void earlyExporterOfTheResumedHandshake() throws TlsException {
        Rfc8448.Section rfc = Rfc8448.section(4);
        Secret psk = Secret.copyOf(rfc.hex("{client}  extract secret \"early\":", "IKM").toByteArray());
        Bytes clientHelloHash = rfc.hex("{client}  derive secret \"tls13 e exp master\":", "hash");
        Exporter early = KeyScheduleEarly.withPsk(crypto, HashAlgorithm.SHA256, psk).earlyExporterMasterSecret(clientHelloHash);
        assertEquals(Bytes.fromHex("f65f8319011c5e3b7cf99ed4d8b526373ec402353b621e397cffa02a64021b48"),
                Bytes.wrap(early.exportKeyingMaterial("EXPORTER-Channel-Binding", Bytes.EMPTY, 32)));
    }

    @Test
    void differentLabelsContextsAndLengthsGiveUnrelatedOutput() throws TlsException {
        Exporter exporter = section3Exporter();
        Bytes base = Bytes.wrap(exporter.exportKeyingMaterial("EXPORTER-a", Bytes.EMPTY, 32));
        assertFalse(base.equals(Bytes.wrap(exporter.exportKeyingMaterial("EXPORTER-b", Bytes.EMPTY, 32))));
        assertFalse(base.equals(Bytes.wrap(exporter.exportKeyingMaterial("EXPORTER-a", Bytes.of((byte) 0), 32))));
        // The length is part of the HkdfLabel, so a shorter export is not a prefix of a longer one.
        assertFalse(base.slice(0, 16).equals(Bytes.wrap(exporter.exportKeyingMaterial("EXPORTER-a", Bytes.EMPTY, 16))));
    }

    @Test
    void labelAndLengthBoundsAreEnforced() {
        Exporter exporter = section3Exporter();
        assertEquals(KeyScheduleFailure.HKDF_LABEL_OUT_OF_RANGE, assertThrows(TlsException.class,
                () -> exporter.exportKeyingMaterial("x".repeat(250), Bytes.EMPTY, 32)).reason());
        assertEquals(KeyScheduleFailure.HKDF_LABEL_OUT_OF_RANGE, assertThrows(TlsException.class,
                () -> exporter.exportKeyingMaterial("EXPORTER-a", Bytes.EMPTY, 255 * 32 + 1)).reason());
    }

    @Test
    void destroyedExporterRefuses() {
        Exporter exporter = section3Exporter();
        exporter.destroy();
        assertEquals(KeyScheduleFailure.SECRET_DESTROYED, assertThrows(TlsException.class,
                () -> exporter.exportKeyingMaterial("EXPORTER-a", Bytes.EMPTY, 32)).reason());
    }
}
