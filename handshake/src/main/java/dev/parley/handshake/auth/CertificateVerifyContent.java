package dev.parley.handshake.auth;

import dev.parley.crypto.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes a CertificateVerify signature covers (RFC 8446 §4.4.3): 64 spaces, a context string
 * naming the signer's role, a zero byte, and the transcript hash. The prefix keeps a TLS 1.3
 * signature from ever being valid in TLS 1.2 and the role keeps a server's from passing as a
 * client's.
 */
public final class CertificateVerifyContent {

    private static final byte[] SERVER_CONTEXT =
            "TLS 1.3, server CertificateVerify".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLIENT_CONTEXT =
            "TLS 1.3, client CertificateVerify".getBytes(StandardCharsets.US_ASCII);
    private static final int PREFIX_LENGTH = 64;

    private CertificateVerifyContent() {
    }

    /** The signed content for a server's ({@code server} true) or a client's CertificateVerify. */
    public static byte[] of(boolean server, Bytes transcriptHash) {
        byte[] context = server ? SERVER_CONTEXT : CLIENT_CONTEXT;
        byte[] content = new byte[PREFIX_LENGTH + context.length + 1 + transcriptHash.length()];
        Arrays.fill(content, 0, PREFIX_LENGTH, (byte) 0x20);
        System.arraycopy(context, 0, content, PREFIX_LENGTH, context.length);
        content[PREFIX_LENGTH + context.length] = 0;
        transcriptHash.copyTo(content, PREFIX_LENGTH + context.length + 1);
        return content;
    }
}
