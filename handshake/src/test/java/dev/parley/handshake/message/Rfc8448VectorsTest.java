package dev.parley.handshake.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.crypto.Bytes;
import dev.parley.crypto.Hash;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.bc.BouncyCastleCryptoProvider;
import org.junit.jupiter.api.Test;

/**
 * The transcribed RFC 8448 messages hash to the transcript hashes RFC 8448 prints: proof that
 * every byte of the test vectors is the RFC's. (The hash comes from the crypto module; nothing
 * here runs the code under test except, in the §5 case, the message_hash construction.)
 */
class Rfc8448VectorsTest {

    private static Bytes sha256(Bytes... messages) {
        Hash hash = new BouncyCastleCryptoProvider().hash(HashAlgorithm.SHA256);
        for (Bytes message : messages) {
            hash.update(message.toByteArray());
        }
        return Bytes.wrap(hash.digest());
    }

    @Test
    void section3HelloMessagesMatchTheirTranscriptHash() {
        assertEquals(Rfc8448.S3_HASH_CLIENT_HELLO_TO_SERVER_HELLO,
                sha256(Rfc8448.S3_CLIENT_HELLO, Rfc8448.S3_SERVER_HELLO));
    }

    @Test
    void section3ServerFlightMatchesItsTranscriptHash() {
        assertEquals(Rfc8448.S3_HASH_CLIENT_HELLO_TO_SERVER_FINISHED, sha256(Rfc8448.S3_CLIENT_HELLO,
                Rfc8448.S3_SERVER_HELLO, Rfc8448.S3_ENCRYPTED_EXTENSIONS, Rfc8448.S3_CERTIFICATE,
                Rfc8448.S3_CERTIFICATE_VERIFY, Rfc8448.S3_SERVER_FINISHED));
    }

    @Test
    void section3ClientFinishedMatchesItsTranscriptHash() {
        assertEquals(Rfc8448.S3_HASH_CLIENT_HELLO_TO_CLIENT_FINISHED, sha256(Rfc8448.S3_CLIENT_HELLO,
                Rfc8448.S3_SERVER_HELLO, Rfc8448.S3_ENCRYPTED_EXTENSIONS, Rfc8448.S3_CERTIFICATE,
                Rfc8448.S3_CERTIFICATE_VERIFY, Rfc8448.S3_SERVER_FINISHED, Rfc8448.S3_CLIENT_FINISHED));
    }

    @Test
    void section4ClientHelloPrefixMatchesTheBinderHash() {
        assertEquals(Rfc8448.S4_BINDER_HASH, sha256(Rfc8448.S4_CLIENT_HELLO_PREFIX));
    }

    @Test
    void section4ClientHelloIsThePrefixFollowedByTheBinder() {
        Bytes binders = Bytes.fromHex("0021 20").concat(Rfc8448.S4_BINDER);
        assertEquals(Rfc8448.S4_CLIENT_HELLO, Rfc8448.S4_CLIENT_HELLO_PREFIX.concat(binders));
    }
}
