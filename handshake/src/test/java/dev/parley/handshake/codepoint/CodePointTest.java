package dev.parley.handshake.codepoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.KeyAgreementAlgorithm;
import dev.parley.crypto.KeyType;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.wire.CodecProperties;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Code points print their IANA names, keep unknown values, and map onto crypto algorithms. */
class CodePointTest {

    @Test
    void knownValuesPrintTheirRegistryNames() {
        assertEquals("client_hello", HandshakeType.CLIENT_HELLO.toString());
        assertEquals("message_hash", new HandshakeType(254).toString());
        assertEquals("key_share", new ExtensionType(51).toString());
        assertEquals("application_layer_protocol_negotiation", new ExtensionType(16).toString());
        assertEquals("TLS_AES_128_GCM_SHA256", new CipherSuite(0x1301).toString());
        assertEquals("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", new CipherSuite(0xCCA9).toString());
        assertEquals("TLS_EMPTY_RENEGOTIATION_INFO_SCSV", new CipherSuite(0x00FF).toString());
        assertEquals("x25519", new NamedGroup(0x001D).toString());
        assertEquals("X25519MLKEM768", new NamedGroup(4588).toString());
        assertEquals("rsa_pss_rsae_sha256", new SignatureScheme(0x0804).toString());
        assertEquals("psk_dhe_ke", new PskKeyExchangeMode(1).toString());
        assertEquals("ocsp", new CertificateStatusType(1).toString());
        assertEquals("update_requested", new KeyUpdateRequest(1).toString());
    }

    @Test
    void unknownValuesPrintTheirCode() {
        assertEquals("HandshakeType(99)", new HandshakeType(99).toString());
        assertEquals("ExtensionType(0x1a1a)", new ExtensionType(0x1a1a).toString());
        assertEquals("CipherSuite(0xc013)", new CipherSuite(0xc013).toString());
        assertEquals("NamedGroup(0xfe00)", new NamedGroup(0xfe00).toString());
        assertEquals("SignatureScheme(0x0402)", new SignatureScheme(0x0402).toString());
        assertEquals("KeyUpdateRequest(7)", new KeyUpdateRequest(7).toString());
        assertEquals(Optional.empty(), new ExtensionType(0x1a1a).registeredName());
    }

    @Test
    void codePointsAreValuesNotIdentities() {
        assertEquals(NamedGroup.X25519, new NamedGroup(29));
        assertEquals(CipherSuite.TLS_FALLBACK_SCSV, new CipherSuite(0x5600));
        assertTrue(CipherSuite.TLS_FALLBACK_SCSV.isSignalingValue());
        assertTrue(CipherSuite.TLS_EMPTY_RENEGOTIATION_INFO_SCSV.isSignalingValue());
        assertFalse(CipherSuite.TLS_AES_128_GCM_SHA256.isSignalingValue());
    }

    @Test
    void rejectsValuesOutsideTheirField() {
        assertThrows(IllegalArgumentException.class, () -> new HandshakeType(256));
        assertThrows(IllegalArgumentException.class, () -> new ExtensionType(0x10000));
        assertThrows(IllegalArgumentException.class, () -> new CipherSuite(-1));
        assertThrows(IllegalArgumentException.class, () -> new PskKeyExchangeMode(256));
    }

    @Test
    void tls13SuitesNameTheirAeadAndHash() {
        // RFC 8446 §B.4.
        assertEquals(Optional.of(AeadAlgorithm.AES_128_GCM), CipherSuite.TLS_AES_128_GCM_SHA256.aead());
        assertEquals(Optional.of(HashAlgorithm.SHA256), CipherSuite.TLS_AES_128_GCM_SHA256.hash());
        assertEquals(Optional.of(AeadAlgorithm.AES_256_GCM), CipherSuite.TLS_AES_256_GCM_SHA384.aead());
        assertEquals(Optional.of(HashAlgorithm.SHA384), CipherSuite.TLS_AES_256_GCM_SHA384.hash());
        assertEquals(Optional.of(AeadAlgorithm.CHACHA20_POLY1305), CipherSuite.TLS_CHACHA20_POLY1305_SHA256.aead());
        assertEquals(Optional.of(HashAlgorithm.SHA256), CipherSuite.TLS_CHACHA20_POLY1305_SHA256.hash());
        assertTrue(CipherSuite.TLS_AES_256_GCM_SHA384.isTls13());
        assertEquals(Optional.empty(), CipherSuite.TLS_AES_256_GCM_SHA384.tls12Authentication());
    }

    @Test
    void tls12SuitesNameTheirAeadHashAndAuthentication() {
        // RFC 5289 §3 and RFC 7905 §2.
        assertEquals(Optional.of(AeadAlgorithm.AES_256_GCM), CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384.aead());
        assertEquals(Optional.of(HashAlgorithm.SHA384), CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384.hash());
        assertEquals(Optional.of(AeadAlgorithm.CHACHA20_POLY1305),
                CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256.aead());
        assertEquals(Optional.of(KeyType.RSA), CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256.tls12Authentication());
        assertEquals(Optional.of(KeyType.EC), CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256.tls12Authentication());
        assertFalse(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256.isTls13());
        assertEquals(Optional.empty(), CipherSuite.TLS_FALLBACK_SCSV.aead());
        assertEquals(Optional.empty(), new CipherSuite(0x1304).hash());
    }

    @Test
    void groupsMapOntoKeyAgreements() {
        assertEquals(Optional.of(KeyAgreementAlgorithm.X25519), NamedGroup.X25519.keyAgreement());
        assertEquals(Optional.of(KeyAgreementAlgorithm.X448), NamedGroup.X448.keyAgreement());
        assertEquals(Optional.of(KeyAgreementAlgorithm.SECP256R1), NamedGroup.SECP256R1.keyAgreement());
        assertEquals(Optional.of(KeyAgreementAlgorithm.SECP384R1), NamedGroup.SECP384R1.keyAgreement());
        assertEquals(Optional.of(KeyAgreementAlgorithm.SECP521R1), NamedGroup.SECP521R1.keyAgreement());
        assertEquals(Optional.of(KeyAgreementAlgorithm.FFDHE2048), NamedGroup.FFDHE2048.keyAgreement());
        assertEquals(Optional.of(KeyAgreementAlgorithm.FFDHE4096), NamedGroup.FFDHE4096.keyAgreement());
        assertEquals(Optional.empty(), NamedGroup.FFDHE8192.keyAgreement());
        assertEquals(Optional.empty(), NamedGroup.X25519MLKEM768.keyAgreement());
        assertTrue(NamedGroup.FFDHE8192.isFiniteField());
        assertFalse(NamedGroup.X25519.isFiniteField());
    }

    @Property
    void codePointCodecsRoundTripEveryValue(@ForAll @IntRange(min = 0, max = 0xFFFF) int code) {
        CodecProperties.assertCodecLaws(ExtensionType.CODEC, new ExtensionType(code));
        CodecProperties.assertCodecLaws(CipherSuite.CODEC, new CipherSuite(code));
        CodecProperties.assertCodecLaws(NamedGroup.CODEC, new NamedGroup(code));
        CodecProperties.assertCodecLaws(SignatureScheme.CODEC, new SignatureScheme(code));
        CodecProperties.assertCodecLaws(ProtocolVersionCodec.CODEC, new ProtocolVersion(code));
        int u8 = code & 0xFF;
        CodecProperties.assertCodecLaws(HandshakeType.CODEC, new HandshakeType(u8));
        CodecProperties.assertCodecLaws(PskKeyExchangeMode.CODEC, new PskKeyExchangeMode(u8));
        CodecProperties.assertCodecLaws(CertificateStatusType.CODEC, new CertificateStatusType(u8));
        CodecProperties.assertCodecLaws(KeyUpdateRequest.CODEC, new KeyUpdateRequest(u8));
    }

    @Property
    void codePointCodecsDecodeArbitraryBytesCleanly(@ForAll byte[] input) {
        CodecProperties.assertDecodesOrFailsCleanly(ExtensionType.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(CipherSuite.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(NamedGroup.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(SignatureScheme.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(ProtocolVersionCodec.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(HandshakeType.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(PskKeyExchangeMode.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(CertificateStatusType.CODEC, input);
        CodecProperties.assertDecodesOrFailsCleanly(KeyUpdateRequest.CODEC, input);
    }
}
