package dev.parley.x509.key;

import dev.parley.x509.X509Exception;
import dev.parley.x509.X509Failure;

/**
 * How much password-based key derivation one file may still cost, counted in hash or HMAC
 * invocations. Iteration counts come from the file itself, so without a bound a hostile file
 * could ask for 2^31 iterations per key, and a PKCS #12 file for that many per bag: reading it
 * would hang. Each file gets one budget of {@link #DEFAULT_LIMIT} invocations, spent before each
 * derivation starts; a file that asks for more is refused with {@link X509Failure#INVALID_ALGORITHM_PARAMETERS}.
 *
 * <p>The default is far above what real files use (OpenSSL writes 2,048 iterations; OWASP's 2023
 * advice for PBKDF2-HMAC-SHA256 is 600,000) and bounds the worst case to a few seconds of CPU.
 * Not thread-safe: one budget belongs to one read.
 */
public final class IterationBudget {

    /** The invocations one file may cost: 10,000,000. */
    public static final long DEFAULT_LIMIT = 10_000_000L;

    private long remaining;

    private IterationBudget(long limit) {
        this.remaining = limit;
    }

    /** A budget of {@link #DEFAULT_LIMIT} invocations, for reading one file. */
    public static IterationBudget forOneFile() {
        return new IterationBudget(DEFAULT_LIMIT);
    }

    /** A budget of {@code limit} invocations. */
    public static IterationBudget of(long limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("negative budget " + limit);
        }
        return new IterationBudget(limit);
    }

    /** Invocations still allowed. */
    public long remaining() {
        return remaining;
    }

    /**
     * Takes {@code invocations} from the budget before a derivation runs.
     *
     * @throws X509Exception with {@link X509Failure#INVALID_ALGORITHM_PARAMETERS} if they exceed what is left
     */
    public void spend(long invocations, String what) throws X509Exception {
        if (invocations < 0 || invocations > remaining) {
            throw new X509Exception(X509Failure.INVALID_ALGORITHM_PARAMETERS, what + " asks for " + invocations
                    + " hash invocations, more than the " + remaining + " left of this file's budget");
        }
        remaining -= invocations;
    }
}
