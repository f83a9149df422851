package dev.parley.handshake.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.HandshakeFailure;
import dev.parley.handshake.codepoint.CertificateStatusType;
import dev.parley.handshake.codepoint.ExtensionType;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.record.AlertDescription;
import dev.parley.record.FailureReason;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireFailure;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Malformed extension bodies fail with the reason and alert their RFCs call for. */
class ExtensionDecodingTest {

    private static DecodeFailure assertFails(FailureReason reason, Executable decode) {
        DecodeFailure failure = assertThrows(DecodeFailure.class, decode);
        assertEquals(reason, failure.reason(), failure.getMessage());
        return failure;
    }

    private static <T> T decode(ExtensionCodec<T> codec, String dataHex) throws DecodeFailure {
        return codec.decode(new Extension(codec.extensionType(), Bytes.fromHex(dataHex)));
    }

    @Test
    void rejectsAnEmptyProtocolName() {
        // RFC 7301 §3.1: empty strings must not be included.
        assertFails(WireFailure.LENGTH_OUT_OF_RANGE, () -> decode(ProtocolNameList.EXTENSION, "0004 02 6832 00"));
    }

    @Test
    void readsTheProtocolNamesOfRfc7301() throws DecodeFailure {
        assertEquals(ProtocolNameList.of("h2", "http/1.1"),
                decode(ProtocolNameList.EXTENSION, "000c 02 6832 08 687474702f312e31"));
    }

    @Test
    void rejectsATruncatedKeyShare() {
        // x25519 share announced as 32 bytes, 31 present.
        assertFails(WireFailure.TRUNCATED,
                () -> decode(KeyShareClientHello.EXTENSION, "0024 001d 0020" + "ab".repeat(31)));
        assertFails(WireFailure.TRUNCATED, () -> decode(KeyShareServerHello.EXTENSION, "001d 0020" + "ab".repeat(31)));
    }

    @Test
    void rejectsAnEmptyKeyExchange() {
        assertFails(WireFailure.LENGTH_OUT_OF_RANGE, () -> decode(KeyShareServerHello.EXTENSION, "001d 0000"));
    }

    @Test
    void rejectsTwoSharesForOneGroup() {
        DecodeFailure failure = assertFails(HandshakeFailure.DUPLICATE_KEY_SHARE_GROUP,
                () -> decode(KeyShareClientHello.EXTENSION, "000a 001d 0001 aa 001d 0001 bb"));
        assertEquals(AlertDescription.ILLEGAL_PARAMETER, failure.alert());
    }

    @Test
    void acceptsAnEmptyClientShareList() throws DecodeFailure {
        // RFC 8446 §4.2.8: a client may send no share to learn the server's group from a retry.
        assertEquals(new KeyShareClientHello(List.of()), decode(KeyShareClientHello.EXTENSION, "0000"));
    }

    @Test
    void rejectsAHostNameWithATrailingDot() {
        // "example.com." — RFC 6066 §3: no trailing dot.
        assertFails(WireFailure.VALUE_OUT_OF_RANGE,
                () -> decode(ServerNameList.EXTENSION, "000f 00 000c 6578616d706c652e636f6d2e"));
    }

    @Test
    void rejectsAHostNameThatIsNotVisibleAscii() {
        for (String badByte : List.of("00", "20", "7f", "c3")) {
            assertFails(WireFailure.VALUE_OUT_OF_RANGE,
                    () -> decode(ServerNameList.EXTENSION, "0006 00 0003 61" + badByte + "62"));
        }
    }

    @Test
    void rejectsAnEmptyHostName() {
        assertFails(WireFailure.LENGTH_OUT_OF_RANGE, () -> decode(ServerNameList.EXTENSION, "0003 00 0000"));
    }

    @Test
    void rejectsTwoNamesOfOneType() {
        DecodeFailure failure = assertFails(HandshakeFailure.DUPLICATE_SERVER_NAME_TYPE,
                () -> decode(ServerNameList.EXTENSION, "0008 00 0001 61 00 0001 62"));
        assertEquals(AlertDescription.ILLEGAL_PARAMETER, failure.alert());
    }

    @Test
    void keepsAServerNameOfAnUnknownTypeAsBytes() throws DecodeFailure {
        ServerNameList names = decode(ServerNameList.EXTENSION, "0009 00 0001 61 07 0002 ff00");
        assertEquals("a", names.hostName().orElseThrow());
        assertEquals(new ServerName(7, Bytes.fromHex("ff00")), names.serverNameList().get(1));
    }

    @Test
    void rejectsARecordSizeLimitBelow64() throws DecodeFailure {
        DecodeFailure failure = assertFails(HandshakeFailure.RECORD_SIZE_LIMIT_TOO_SMALL,
                () -> decode(RecordSizeLimit.EXTENSION, "003f"));
        assertEquals(AlertDescription.ILLEGAL_PARAMETER, failure.alert());
        assertEquals(new RecordSizeLimit(64), decode(RecordSizeLimit.EXTENSION, "0040"));
    }

    @Test
    void rejectsNonZeroPadding() throws DecodeFailure {
        assertFails(WireFailure.VALUE_OUT_OF_RANGE, () -> decode(Padding.EXTENSION, "000001"));
        assertEquals(new Padding(3), decode(Padding.EXTENSION, "000000"));
        assertEquals(new Padding(0), decode(Padding.EXTENSION, ""));
    }

    @Test
    void rejectsMalformedVersionLists() {
        assertFails(WireFailure.TRUNCATED, () -> decode(SupportedVersionsClientHello.EXTENSION, "03 0304 03"));
        assertFails(WireFailure.LENGTH_OUT_OF_RANGE, () -> decode(SupportedVersionsClientHello.EXTENSION, "00"));
        assertFails(WireFailure.TRAILING_BYTES, () -> decode(SupportedVersionsServerHello.EXTENSION, "0304 00"));
    }

    @Test
    void rejectsEmptyListsWhereTheRfcDemandsAnEntry() {
        assertFails(WireFailure.LENGTH_OUT_OF_RANGE, () -> decode(NamedGroupList.EXTENSION, "0000"));
        assertFails(WireFailure.LENGTH_OUT_OF_RANGE, () -> decode(SignatureSchemeList.SIGNATURE_ALGORITHMS, "0000"));
        assertFails(WireFailure.LENGTH_OUT_OF_RANGE, () -> decode(PskKeyExchangeModes.EXTENSION, "00"));
        assertFails(WireFailure.LENGTH_OUT_OF_RANGE, () -> decode(Cookie.EXTENSION, "0000"));
        assertFails(WireFailure.LENGTH_OUT_OF_RANGE, () -> decode(CertificateAuthoritiesExtension.EXTENSION, "0002 0000"));
    }

    @Test
    void rejectsAnOddLengthSignatureSchemeList() {
        assertFails(WireFailure.TRUNCATED, () -> decode(SignatureSchemeList.SIGNATURE_ALGORITHMS_CERT, "0003 0403 05"));
    }

    @Test
    void rejectsDataAfterAnEmptyExtension() {
        assertFails(WireFailure.TRAILING_BYTES, () -> decode(Empty.EARLY_DATA, "00"));
    }

    @Test
    void readsTheCommonOcspStatusRequest() throws DecodeFailure {
        // status_type ocsp, no responder IDs, no request extensions (RFC 6066 §8).
        CertificateStatusRequest request = decode(CertificateStatusRequest.EXTENSION, "01 0000 0000");
        assertEquals(CertificateStatusType.OCSP, request.statusType());
        assertEquals(OcspStatusRequest.EMPTY, request.ocspStatusRequest().orElseThrow());
        assertEquals(CertificateStatusRequest.ocsp(OcspStatusRequest.EMPTY), request);
    }

    @Test
    void rejectsAMalformedOcspStatusRequest() {
        assertFails(WireFailure.TRUNCATED, () -> decode(CertificateStatusRequest.EXTENSION, "01 0000"));
        assertFails(WireFailure.TRAILING_BYTES, () -> decode(CertificateStatusRequest.EXTENSION, "01 0000 0000 00"));
    }

    @Test
    void keepsAStatusRequestOfAnUnknownTypeAsBytes() throws DecodeFailure {
        CertificateStatusRequest request = decode(CertificateStatusRequest.EXTENSION, "07 abcd");
        assertEquals(Bytes.fromHex("abcd"), request.request());
        assertEquals(Optional.empty(), request.ocspStatusRequest());
    }

    @Test
    void readsAStapledOcspResponse() throws DecodeFailure {
        CertificateStatus status = decode(CertificateStatus.EXTENSION, "01 000003 300100");
        assertEquals(CertificateStatus.ocsp(Bytes.fromHex("300100")), status);
        assertFails(WireFailure.LENGTH_OUT_OF_RANGE, () -> decode(CertificateStatus.EXTENSION, "01 000000"));
    }

    @Test
    void readsMaxEarlyDataSizeAsAnUnsigned32BitValue() throws DecodeFailure {
        assertEquals(new EarlyDataIndication(0xFFFFFFFFL), decode(EarlyDataIndication.EXTENSION, "ffffffff"));
    }

    @Test
    void theWholeExtensionCodecChecksTheType() {
        byte[] groups = NamedGroupList.EXTENSION.encode(new NamedGroupList(List.of(NamedGroup.X25519)));
        assertFails(WireFailure.VALUE_OUT_OF_RANGE, () -> SignatureSchemeList.SIGNATURE_ALGORITHMS.decodeExactly(groups, "x"));
        assertThrows(IllegalArgumentException.class,
                () -> Cookie.EXTENSION.decode(new Extension(ExtensionType.PADDING, Bytes.EMPTY)));
    }

    @Test
    void findsAnExtensionInABlockOrReportsItsAbsence() throws DecodeFailure {
        List<Extension> block = List.of(RecordSizeLimit.EXTENSION.toExtension(new RecordSizeLimit(16385)));
        assertEquals(Optional.of(new RecordSizeLimit(16385)), RecordSizeLimit.EXTENSION.find(block));
        assertEquals(Optional.empty(), Cookie.EXTENSION.find(block));
    }
}
