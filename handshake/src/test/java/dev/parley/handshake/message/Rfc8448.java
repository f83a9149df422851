package dev.parley.handshake.message;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.keys.Rfc8448.Section;

/**
 * Handshake messages printed in RFC 8448 (Example Handshake Traces for TLS 1.3), and the transcript
 * hashes the RFC prints next to them, read from the RFC's text by the one trace reader the
 * handshake tests share ({@link dev.parley.handshake.keys.Rfc8448}); each constant names the
 * section, the caption and the field it comes from.
 *
 * <p>{@code Rfc8448VectorsTest} hashes these messages and compares with the printed hashes, so a
 * reading error in any byte fails a test instead of passing silently.
 */
final class Rfc8448 {

    private static final String CLIENT_HELLO = "{client}  construct a ClientHello handshake message:";
    private static final String SERVER_HELLO = "{server}  construct a ServerHello handshake message:";
    private static final String ENCRYPTED_EXTENSIONS = "{server}  construct an EncryptedExtensions handshake message:";
    private static final String CERTIFICATE = "{server}  construct a Certificate handshake message:";
    private static final String CERTIFICATE_VERIFY = "{server}  construct a CertificateVerify handshake message:";
    private static final String SERVER_FINISHED = "{server}  construct a Finished handshake message:";
    private static final String CLIENT_FINISHED = "{client}  construct a Finished handshake message:";
    private static final String NEW_SESSION_TICKET = "{server}  construct a NewSessionTicket handshake message:";
    private static final String END_OF_EARLY_DATA = "{client}  construct an EndOfEarlyData handshake message:";
    private static final String PSK_BINDER = "{client}  calculate PSK binder:";
    private static final String CLIENT_RECORD = "{client}  send handshake record:";
    private static final String C_HS_TRAFFIC = "{server}  derive secret \"tls13 c hs traffic\":";
    private static final String C_AP_TRAFFIC = "{server}  derive secret \"tls13 c ap traffic\":";
    private static final String RES_MASTER = "{client}  derive secret \"tls13 res master\":";

    private static final Section S3 = dev.parley.handshake.keys.Rfc8448.section(3);
    private static final Section S4 = dev.parley.handshake.keys.Rfc8448.section(4);
    private static final Section S5 = dev.parley.handshake.keys.Rfc8448.section(5);

    private Rfc8448() {
    }

    /** §3 "{client} construct a ClientHello handshake message", ClientHello (196 octets). */
    static final Bytes S3_CLIENT_HELLO = S3.hex(CLIENT_HELLO, "ClientHello");

    /** §3 "{server} construct a ServerHello handshake message", ServerHello (90 octets). */
    static final Bytes S3_SERVER_HELLO = S3.hex(SERVER_HELLO, "ServerHello");

    /** §3 "{server} construct an EncryptedExtensions handshake message" (40 octets). */
    static final Bytes S3_ENCRYPTED_EXTENSIONS = S3.hex(ENCRYPTED_EXTENSIONS, "EncryptedExtensions");

    /** §3 "{server} construct a Certificate handshake message" (445 octets). */
    static final Bytes S3_CERTIFICATE = S3.hex(CERTIFICATE, "Certificate");

    /** §3 "{server} construct a CertificateVerify handshake message" (136 octets). */
    static final Bytes S3_CERTIFICATE_VERIFY = S3.hex(CERTIFICATE_VERIFY, "CertificateVerify");

    /** §3 "{server} construct a Finished handshake message" (36 octets). */
    static final Bytes S3_SERVER_FINISHED = S3.hex(SERVER_FINISHED, "Finished");

    /** §3 "{client} construct a Finished handshake message" (36 octets). */
    static final Bytes S3_CLIENT_FINISHED = S3.hex(CLIENT_FINISHED, "Finished");

    /** §3 "{server} construct a NewSessionTicket handshake message" (205 octets). */
    static final Bytes S3_NEW_SESSION_TICKET = S3.hex(NEW_SESSION_TICKET, "NewSessionTicket");

    /** §4 "{client} calculate PSK binder", ClientHello prefix (477 octets): the ClientHello up to the binders. */
    static final Bytes S4_CLIENT_HELLO_PREFIX = S4.hex(PSK_BINDER, "ClientHello prefix");

    /** §4 the first "{client} send handshake record", payload (512 octets): the ClientHello with its binder. */
    static final Bytes S4_CLIENT_HELLO = S4.operation(CLIENT_RECORD, 0).field("payload");

    /** §4 "{server} construct a ServerHello handshake message" (96 octets). */
    static final Bytes S4_SERVER_HELLO = S4.hex(SERVER_HELLO, "ServerHello");

    /** §4 "{server} construct an EncryptedExtensions handshake message" (44 octets). */
    static final Bytes S4_ENCRYPTED_EXTENSIONS = S4.hex(ENCRYPTED_EXTENSIONS, "EncryptedExtensions");

    /** §4 "{server} construct a Finished handshake message" (36 octets). */
    static final Bytes S4_SERVER_FINISHED = S4.hex(SERVER_FINISHED, "Finished");

    /** §4 "{client} construct an EndOfEarlyData handshake message" (4 octets). */
    static final Bytes S4_END_OF_EARLY_DATA = S4.hex(END_OF_EARLY_DATA, "EndOfEarlyData");

    /** §5 the first "{client} construct a ClientHello handshake message" (180 octets). */
    static final Bytes S5_CLIENT_HELLO_1 = S5.operation(CLIENT_HELLO, 0).field("ClientHello");

    /** §5 the first "{server} construct a ServerHello handshake message": the HelloRetryRequest (176 octets). */
    static final Bytes S5_HELLO_RETRY_REQUEST = S5.operation(SERVER_HELLO, 0).field("ServerHello");

    /** §5 the second "{client} construct a ClientHello handshake message" (512 octets). */
    static final Bytes S5_CLIENT_HELLO_2 = S5.operation(CLIENT_HELLO, 1).field("ClientHello");

    /** §5 the second "{server} construct a ServerHello handshake message": the real ServerHello (123 octets). */
    static final Bytes S5_SERVER_HELLO = S5.operation(SERVER_HELLO, 1).field("ServerHello");

    /** §3 "{server} derive secret "tls13 c hs traffic"": hash, the transcript hash of ClientHello and ServerHello. */
    static final Bytes S3_HASH_CLIENT_HELLO_TO_SERVER_HELLO = S3.hex(C_HS_TRAFFIC, "hash");

    /** §3 "{server} derive secret "tls13 c ap traffic"": hash, the transcript from ClientHello to the server's Finished. */
    static final Bytes S3_HASH_CLIENT_HELLO_TO_SERVER_FINISHED = S3.hex(C_AP_TRAFFIC, "hash");

    /** §3 "{client} derive secret "tls13 res master"": hash, the transcript from ClientHello to the client's Finished. */
    static final Bytes S3_HASH_CLIENT_HELLO_TO_CLIENT_FINISHED = S3.hex(RES_MASTER, "hash");

    /** §4 "{client} calculate PSK binder": binder hash, the hash of the ClientHello prefix. */
    static final Bytes S4_BINDER_HASH = S4.hex(PSK_BINDER, "binder hash");

    /** §4 "{client} calculate PSK binder": finished, the binder itself. */
    static final Bytes S4_BINDER = S4.hex(PSK_BINDER, "finished");

    /**
     * §5 "{server} derive secret "tls13 c hs traffic"": hash, the transcript hash of
     * message_hash(ClientHello1), HelloRetryRequest, ClientHello2 and ServerHello.
     */
    static final Bytes S5_HASH_MESSAGE_HASH_TO_SERVER_HELLO = S5.hex(C_HS_TRAFFIC, "hash");

    /** The RFC 8448 §3 server Finished, §3 client Finished and §4 Finished all use SHA-256. */
    static final int SHA256_LENGTH = 32;
}
