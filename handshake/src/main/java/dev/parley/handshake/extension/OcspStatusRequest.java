package dev.parley.handshake.extension;

import dev.parley.crypto.Bytes;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.List;
import java.util.Objects;

/**
 * OCSPStatusRequest (RFC 6066 §8): which OCSP responders the client trusts and which extensions it
 * wants in the OCSP request; both are DER the OCSP module interprets, kept raw here.
 *
 * @param responderIdList {@code ResponderID responder_id_list<0..2^16-1>}, each {@code opaque ResponderID<1..2^16-1>}
 * @param requestExtensions {@code opaque Extensions<0..2^16-1>}, DER-encoded OCSP request extensions
 */
public record OcspStatusRequest(List<Bytes> responderIdList, Bytes requestExtensions) {

    /** No responder preference and no request extensions, which is what clients usually send. */
    public static final OcspStatusRequest EMPTY = new OcspStatusRequest(List.of(), Bytes.EMPTY);

    private static final VectorCodec<Bytes> RESPONDER_IDS =
            VectorCodec.u16("responder_id_list", 0, 0xFFFF, OpaqueCodec.u16("ResponderID", 1, 0xFFFF));

    /** The wire form. */
    public static final Codec<OcspStatusRequest> CODEC = new Codec<>() {
        @Override
        public void encode(OcspStatusRequest value, WireWriter out) {
            RESPONDER_IDS.encode(value.responderIdList, out);
            out.opaque16(value.requestExtensions);
        }

        @Override
        public OcspStatusRequest decode(WireReader in) throws DecodeFailure {
            List<Bytes> responderIds = RESPONDER_IDS.decode(in);
            return new OcspStatusRequest(responderIds, in.opaque16("request_extensions", 0, 0xFFFF));
        }
    };

    public OcspStatusRequest {
        responderIdList = List.copyOf(responderIdList);
        Objects.requireNonNull(requestExtensions, "requestExtensions");
    }
}
