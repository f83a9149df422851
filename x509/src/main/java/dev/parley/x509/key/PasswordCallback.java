package dev.parley.x509.key;

import java.util.Objects;

/**
 * Where the password of an encrypted key or PKCS #12 file comes from, asked only when such a file
 * is met (IO::Socket::SSL's {@code SSL_passwd_cb}). A command line prompts; a server reads a
 * secret store; a test returns a constant.
 *
 * <p>Security: Parley overwrites the returned array with zeros as soon as the file is decrypted,
 * so a callback should return a fresh array each time, never one it keeps.
 */
@FunctionalInterface
public interface PasswordCallback {

    /**
     * The password for {@code resource}, which names what is being opened (a file name, or a
     * description such as {@code "PKCS #12 content"}) so that a prompt can say what it asks for.
     */
    char[] password(String resource);

    /**
     * A callback that answers with a copy of {@code password} each time. The copy it keeps cannot
     * be wiped; prefer a callback that fetches the password when asked.
     */
    static PasswordCallback of(char[] password) {
        char[] kept = Objects.requireNonNull(password, "password").clone();
        return resource -> kept.clone();
    }
}
