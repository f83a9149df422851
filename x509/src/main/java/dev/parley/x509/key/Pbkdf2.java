package dev.parley.x509.key;

import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.crypto.Hmac;
import dev.parley.x509.X509Exception;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * PBKDF2, the password-based key derivation function of RFC 8018 §5.2, with HMAC as its
 * pseudorandom function (RFC 8018 Appendix B.1), written over crypto's {@link Hmac}.
 *
 * <pre>
 * DK = T_1 || T_2 || ... (first dkLen octets)
 * T_i = U_1 xor U_2 xor ... xor U_c
 * U_1 = PRF(P, S || INT(i)),  U_j = PRF(P, U_{j-1})
 * </pre>
 *
 * Every derivation is charged to an {@link IterationBudget} before it starts: c invocations of the
 * PRF per output block.
 */
public final class Pbkdf2 {

    private Pbkdf2() {
    }

    /**
     * Derives {@code keyLength} octets from {@code password} and {@code salt}.
     *
     * @throws X509Exception if the derivation would exceed {@code budget}
     * @throws IllegalArgumentException if {@code iterations} or {@code keyLength} is not positive
     */
    public static byte[] derive(CryptoProvider crypto, HashAlgorithm prf, byte[] password, byte[] salt, int iterations,
                                int keyLength, IterationBudget budget) throws X509Exception {
        if (iterations < 1 || keyLength < 1) {
            throw new IllegalArgumentException("iterations and key length must be positive");
        }
        int hashLength = prf.outputLength();
        // RFC 8018 §5.2 step 1: dkLen above (2^32 - 1) * hLen is refused; an int never gets there.
        int blocks = (keyLength + hashLength - 1) / hashLength;
        budget.spend((long) blocks * iterations, "PBKDF2 with " + iterations + " iterations");
        Hmac hmac = crypto.hmac(prf, password);
        byte[] derived = new byte[blocks * hashLength];
        byte[] blockIndex = new byte[4];
        for (int block = 1; block <= blocks; block++) {
            // RFC 8018 §5.2 step 3: U_1 = PRF(P, S || INT(i)), INT(i) four octets, most significant first.
            ByteBuffer.wrap(blockIndex).putInt(block);
            hmac.update(salt);
            hmac.update(blockIndex);
            byte[] previous = hmac.doFinal();
            int offset = (block - 1) * hashLength;
            System.arraycopy(previous, 0, derived, offset, hashLength);
            for (int iteration = 1; iteration < iterations; iteration++) {
                hmac.update(previous);
                byte[] next = hmac.doFinal();
                Arrays.fill(previous, (byte) 0);
                previous = next;
                for (int k = 0; k < hashLength; k++) {
                    derived[offset + k] ^= previous[k];
                }
            }
            Arrays.fill(previous, (byte) 0);
        }
        byte[] key = Arrays.copyOf(derived, keyLength);
        Arrays.fill(derived, (byte) 0);
        return key;
    }

    /**
     * The octets of {@code password} as PBES2 and PBMAC1 take them: UTF-8, as RFC 8018 §3
     * recommends and as OpenSSL passes the password it was given. The caller overwrites the result.
     *
     * @throws IllegalArgumentException if the password holds an unpaired surrogate, which has no UTF-8 form
     */
    public static byte[] utf8Password(char[] password) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer encoded;
        try {
            encoded = encoder.encode(CharBuffer.wrap(password));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the password is not valid UTF-16 text", e);
        }
        byte[] octets = Arrays.copyOfRange(encoded.array(), encoded.arrayOffset() + encoded.position(),
                encoded.arrayOffset() + encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        return octets;
    }
}
