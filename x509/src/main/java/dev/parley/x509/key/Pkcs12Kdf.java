package dev.parley.x509.key;

import dev.parley.crypto.CryptoProvider;
import dev.parley.crypto.Hash;
import dev.parley.crypto.HashAlgorithm;
import dev.parley.x509.X509Exception;
import java.util.Arrays;

/**
 * The key derivation function of PKCS #12 (RFC 7292 Appendix B.2), written over crypto's
 * {@link Hash}. It derives the keys and IVs of PKCS #12's own encryption algorithms (RFC 7292
 * Appendix C) and the key of the PKCS #12 MAC (RFC 7292 §5, Appendix B.4) from a password in
 * the BMPString form of Appendix B.1 ({@link #bmpPassword}).
 *
 * <p>Every derivation is charged to an {@link IterationBudget}: r hash invocations per block of
 * output, r being the iteration count.
 */
public final class Pkcs12Kdf {

    /** ID 1 of RFC 7292 Appendix B.3: the bits derived are an encryption or decryption key. */
    public static final int KEY_MATERIAL = 1;
    /** ID 2: an initial value (IV). */
    public static final int IV_MATERIAL = 2;
    /** ID 3: an integrity (MAC) key. */
    public static final int MAC_MATERIAL = 3;

    private Pkcs12Kdf() {
    }

    /**
     * Derives {@code length} octets for purpose {@code id} from the BMPString-encoded
     * {@code password} and {@code salt} with {@code iterations} iterations of {@code hash}.
     *
     * @throws X509Exception if the derivation would exceed {@code budget}
     * @throws IllegalArgumentException if {@code iterations} or {@code length} is not positive
     */
    public static byte[] derive(CryptoProvider crypto, HashAlgorithm hash, int id, byte[] password, byte[] salt,
                                int iterations, int length, IterationBudget budget) throws X509Exception {
        if (iterations < 1 || length < 1) {
            throw new IllegalArgumentException("iterations and length must be positive");
        }
        // RFC 7292 Appendix B.2: u is the hash's output length, v its block length, both in octets.
        int u = hash.outputLength();
        int v = hash.blockLength();
        int blocks = (length + u - 1) / u;
        budget.spend((long) blocks * iterations, "the PKCS #12 key derivation with " + iterations + " iterations");
        // Step 1: D is v copies of ID.
        byte[] diversifier = new byte[v];
        Arrays.fill(diversifier, (byte) id);
        // Steps 2 to 4: I = S || P, each repeated to a whole number of v-octet blocks (nothing if empty).
        byte[] input = new byte[stretchedLength(salt.length, v) + stretchedLength(password.length, v)];
        repeatInto(salt, input, 0, stretchedLength(salt.length, v));
        repeatInto(password, input, stretchedLength(salt.length, v), stretchedLength(password.length, v));
        byte[] output = new byte[blocks * u];
        Hash running = crypto.hash(hash);
        for (int block = 0; block < blocks; block++) {
            // Step 6a: A_i = H^r(D || I).
            running.update(diversifier);
            running.update(input);
            byte[] a = running.digest();
            for (int round = 1; round < iterations; round++) {
                running.update(a);
                byte[] next = running.digest();
                Arrays.fill(a, (byte) 0);
                a = next;
            }
            System.arraycopy(a, 0, output, block * u, u);
            if (block + 1 < blocks) {
                // Steps 6b and 6c: B = A_i repeated to v octets; each v-octet block I_j becomes (I_j + B + 1) mod 2^(8v).
                byte[] b = new byte[v];
                repeatInto(a, b, 0, v);
                for (int offset = 0; offset < input.length; offset += v) {
                    addWithCarry(input, offset, b, v);
                }
                Arrays.fill(b, (byte) 0);
            }
            Arrays.fill(a, (byte) 0);
        }
        Arrays.fill(input, (byte) 0);
        byte[] derived = Arrays.copyOf(output, length);
        Arrays.fill(output, (byte) 0);
        return derived;
    }

    /**
     * The password as RFC 7292 Appendix B.1 wants it: a BMPString, big-endian UTF-16 code units,
     * followed by two zero octets. Java's {@code char} is already a UTF-16 code unit, so
     * characters outside the Basic Multilingual Plane become surrogate pairs, as OpenSSL writes
     * them. The caller overwrites the result.
     */
    public static byte[] bmpPassword(char[] password) {
        byte[] octets = new byte[2 * password.length + 2];
        for (int i = 0; i < password.length; i++) {
            octets[2 * i] = (byte) (password[i] >>> 8);
            octets[2 * i + 1] = (byte) password[i];
        }
        return octets;
    }

    /** RFC 7292 Appendix B.2 steps 2 and 3: v * ceiling(length / v) octets. */
    private static int stretchedLength(int length, int v) {
        return v * ((length + v - 1) / v);
    }

    private static void repeatInto(byte[] source, byte[] target, int offset, int count) {
        for (int i = 0; i < count; i++) {
            target[offset + i] = source[i % source.length];
        }
    }

    /** {@code target[offset, offset + v) = (target[...] + b + 1) mod 2^(8v)}, big-endian. */
    private static void addWithCarry(byte[] target, int offset, byte[] b, int v) {
        int carry = 1;
        for (int i = v - 1; i >= 0; i--) {
            int sum = (target[offset + i] & 0xFF) + (b[i] & 0xFF) + carry;
            target[offset + i] = (byte) sum;
            carry = sum >>> 8;
        }
    }
}
