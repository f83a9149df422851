package dev.parley.x509.pem;

import dev.parley.x509.Certificate;
import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the textual encoding of RFC 7468: {@code -----BEGIN label-----} and
 * {@code -----END label-----} lines around Base64 text.
 *
 * <p>Blocks may appear anywhere in a text, with explanatory text before, between and after them
 * (RFC 7468 §2). Inside a block only Base64 and white space are allowed ({@link StrictBase64}); a
 * block must end with the END line of its own label. RFC 1421 headers inside a block (OpenSSL's
 * legacy {@code Proc-Type: 4,ENCRYPTED} keys) are refused. Files larger than
 * {@link #MAX_FILE_LENGTH} are refused before they are read.
 */
public final class Pem {

    /** The largest file {@link #certificates(Path)} and {@link KeyFile#read(Path)} read: 16 MiB. */
    public static final int MAX_FILE_LENGTH = 16 * 1024 * 1024;

    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";

    private Pem() {
    }

    /** Whether {@code content} holds a PEM begin line; if not, it is read as DER. */
    public static boolean looksLikePem(byte[] content) {
        return new String(content, StandardCharsets.ISO_8859_1).contains(BEGIN);
    }

    /** Every block of {@code content}, read as ISO 8859-1 so that any explanatory text decodes. */
    public static List<PemBlock> blocks(byte[] content) throws X509Exception {
        return blocks(new String(content, StandardCharsets.ISO_8859_1));
    }

    /** Every block of {@code text}, in order. */
    public static List<PemBlock> blocks(String text) throws X509Exception {
        List<PemBlock> blocks = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!isBoundary(line, BEGIN)) {
                continue;
            }
            String label = line.substring(BEGIN.length(), line.length() - DASHES.length());
            StringBuilder base64 = new StringBuilder();
            int end = i + 1;
            while (end < lines.length && !lines[end].strip().startsWith(DASHES)) {
                String data = lines[end].strip();
                if (data.indexOf(':') >= 0) {
                    throw header(label, data);
                }
                base64.append(data);
                end++;
            }
            String expected = END + label + DASHES;
            if (end == lines.length || !lines[end].strip().equals(expected)) {
                throw new X509Exception(X509Failure.MALFORMED_PEM, "the " + label + " block does not end with " + expected);
            }
            try {
                blocks.add(new PemBlock(label, StrictBase64.decode(base64)));
            } catch (X509Exception e) {
                throw e.within(label + " block");
            }
            i = end;
        }
        return blocks;
    }

    /**
     * The certificates of every CERTIFICATE block in {@code text}; blocks of other labels are
     * skipped, except TRUSTED CERTIFICATE, which is refused (see {@link #certificates(byte[])}).
     */
    public static List<Certificate> certificates(String text) throws X509Exception {
        List<Certificate> certificates = new ArrayList<>();
        for (PemBlock block : blocks(text)) {
            if (block.label().equals(PemBlock.TRUSTED_CERTIFICATE)) {
                throw trustedCertificate();
            }
            if (block.label().equals(PemBlock.CERTIFICATE)) {
                try {
                    certificates.add(Certificate.parse(block.content()));
                } catch (X509Exception e) {
                    throw e.within("certificate " + (certificates.size() + 1));
                }
            }
        }
        return List.copyOf(certificates);
    }

    /**
     * The certificates of every CERTIFICATE block in {@code content}.
     *
     * <p>OpenSSL's TRUSTED CERTIFICATE blocks hold a certificate followed by trust settings (which
     * purposes the certificate is trusted or explicitly distrusted for). Reading only the
     * certificate would silently drop a distrust, so such blocks are refused with
     * {@link X509Failure#UNSUPPORTED_PEM_LABEL}; {@code openssl x509 -in f -out g} converts them
     * once their settings have been looked at.
     */
    public static List<Certificate> certificates(byte[] content) throws X509Exception {
        return certificates(new String(content, StandardCharsets.ISO_8859_1));
    }

    /** The certificates of a PEM file of at most {@link #MAX_FILE_LENGTH} octets. */
    public static List<Certificate> certificates(Path file) throws IOException, X509Exception {
        return certificates(readBounded(file));
    }

    /** {@code der} as a PEM block labelled {@code label}, in lines of 64 characters (RFC 7468 §2). */
    public static String encode(String label, byte[] der) {
        String base64 = StrictBase64.encode(der);
        StringBuilder text = new StringBuilder(BEGIN).append(label).append(DASHES).append('\n');
        for (int i = 0; i < base64.length(); i += 64) {
            text.append(base64, i, Math.min(base64.length(), i + 64)).append('\n');
        }
        return text.append(END).append(label).append(DASHES).append('\n').toString();
    }

    static byte[] readBounded(Path file) throws IOException, X509Exception {
        long size = Files.size(file);
        if (size > MAX_FILE_LENGTH) {
            throw new X509Exception(X509Failure.INPUT_TOO_LARGE,
                    file + " has " + size + " octets, more than the bound of " + MAX_FILE_LENGTH);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes(MAX_FILE_LENGTH + 1);
            if (content.length > MAX_FILE_LENGTH) {
                throw new X509Exception(X509Failure.INPUT_TOO_LARGE, file + " grew past the bound of " + MAX_FILE_LENGTH);
            }
            return content;
        }
    }

    /** RFC 7468 §2 drops RFC 1421's headers; OpenSSL still writes them for its legacy encrypted keys. */
    private static X509Exception header(String label, String line) {
        if (line.startsWith("Proc-Type:") && line.contains("ENCRYPTED")) {
            return new X509Exception(X509Failure.ENCRYPTED_PRIVATE_KEY, "the " + label + " block is encrypted in "
                    + "OpenSSL's legacy format; convert it with 'openssl pkcs8 -topk8'");
        }
        return new X509Exception(X509Failure.MALFORMED_PEM, "header line in the " + label + " block");
    }

    static X509Exception trustedCertificate() {
        return new X509Exception(X509Failure.UNSUPPORTED_PEM_LABEL, "TRUSTED CERTIFICATE blocks carry OpenSSL trust "
                + "settings that Parley does not interpret; inspect them and convert with 'openssl x509'");
    }

    private static boolean isBoundary(String line, String prefix) {
        return line.startsWith(prefix) && line.endsWith(DASHES) && line.length() >= prefix.length() + DASHES.length();
    }
}
