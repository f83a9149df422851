package dev.parley.handshake.message;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.codepoint.HandshakeType;
import dev.parley.handshake.extension.VectorCodec;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.util.List;
import java.util.Objects;

/**
 * Certificate in TLS 1.3 (RFC 8446 §4.4.2): the sender's chain, end-entity certificate first, each
 * with its own extensions. An empty list is the client's way of declining a CertificateRequest.
 *
 * @param certificateRequestContext {@code opaque certificate_request_context<0..2^8-1>}, empty for the server
 * @param certificateList {@code CertificateEntry certificate_list<0..2^24-1>}
 */
public record Certificate(Bytes certificateRequestContext, List<CertificateEntry> certificateList)
        implements HandshakeMessage {

    private static final VectorCodec<CertificateEntry> LIST =
            VectorCodec.u24("certificate_list", 0, 0xFFFFFF, CertificateEntry.CODEC);

    /** The body's wire form. */
    public static final Codec<Certificate> CODEC = new Codec<>() {
        @Override
        public void encode(Certificate value, WireWriter out) {
            out.opaque8(value.certificateRequestContext);
            LIST.encode(value.certificateList, out);
        }

        @Override
        public Certificate decode(WireReader in) throws DecodeFailure {
            Bytes context = in.opaque8("certificate_request_context", 0, 0xFF);
            return new Certificate(context, LIST.decode(in));
        }
    };

    public Certificate {
        Objects.requireNonNull(certificateRequestContext, "certificateRequestContext");
        certificateList = List.copyOf(certificateList);
    }

    @Override
    public HandshakeType msgType() {
        return HandshakeType.CERTIFICATE;
    }

    @Override
    public void encodeBody(WireWriter out) {
        CODEC.encode(this, out);
    }
}
