package dev.parley.x509.identity;

/**
 * Text that should describe an identity rule could not be read: a public suffix list with a
 * malformed rule, or a certificate fingerprint in none of the accepted forms. The message says
 * what was wrong and, for a list, on which line.
 */
public final class IdentityFormatException extends Exception {

    public IdentityFormatException(String message) {
        super(message);
    }

    public IdentityFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
