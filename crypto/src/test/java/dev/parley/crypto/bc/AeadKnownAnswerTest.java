package dev.parley.crypto.bc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.crypto.Aead;
import dev.parley.crypto.AeadAlgorithm;
import dev.parley.crypto.Bytes;
import dev.parley.crypto.CryptoException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AeadKnownAnswerTest {

    private final BouncyCastleCryptoProvider provider = new BouncyCastleCryptoProvider();

    /** RFC 8439 §2.8.2: the AEAD_CHACHA20_POLY1305 example. */
    @Test
    void chacha20Poly1305MatchesRfc8439Section282() throws CryptoException {
        byte[] plaintext = ("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for "
                + "the future, sunscreen would be it.").getBytes(StandardCharsets.US_ASCII);
        byte[] aad = Bytes.fromHex("50 51 52 53 c0 c1 c2 c3 c4 c5 c6 c7").toByteArray();
        byte[] key = Bytes.fromHex("80 81 82 83 84 85 86 87 88 89 8a 8b 8c 8d 8e 8f"
                + "90 91 92 93 94 95 96 97 98 99 9a 9b 9c 9d 9e 9f").toByteArray();
        byte[] nonce = Bytes.fromHex("07 00 00 00 40 41 42 43 44 45 46 47").toByteArray();
        Bytes expected = Bytes.fromHex(
                "d3 1a 8d 34 64 8e 60 db 7b 86 af bc 53 ef 7e c2"
                + "a4 ad ed 51 29 6e 08 fe a9 e2 b5 a7 36 ee 62 d6"
                + "3d be a4 5e 8c a9 67 12 82 fa fb 69 da 92 72 8b"
                + "1a 71 de 0a 9e 06 0b 29 05 d6 a5 b6 7e cd 3b 36"
                + "92 dd bd 7f 2d 77 8b 8c 98 03 ae e3 28 09 1b 58"
                + "fa b3 24 e4 fa d6 75 94 55 85 80 8b 48 31 d7 bc"
                + "3f f4 de f0 8e 4b 7a 9d e5 76 d2 65 86 ce c6 4b"
                + "61 16"
                + "1a e1 0b 59 4f 09 e2 6a 7e 90 2e cb d0 60 06 91");

        Aead sealer = provider.aead(AeadAlgorithm.CHACHA20_POLY1305, key);
        byte[] out = new byte[plaintext.length + 16];
        int n = sealer.seal(nonce, aad, 0, aad.length, plaintext, 0, plaintext.length, out, 0);
        assertEquals(out.length, n);
        assertEquals(expected, Bytes.of(out));

        Aead opener = provider.aead(AeadAlgorithm.CHACHA20_POLY1305, key);
        byte[] back = new byte[plaintext.length];
        opener.open(nonce, aad, 0, aad.length, out, 0, out.length, back, 0);
        assertArrayEquals(plaintext, back);

        out[3] ^= 1;
        assertThrows(CryptoException.class,
                () -> opener.open(nonce, aad, 0, aad.length, out, 0, out.length, back, 0));
    }
}
