package dev.parley.x509.identity;

/**
 * A user-supplied hostname check that replaces every rule of a scheme, like the {@code callback}
 * key of an IO::Socket::SSL scheme hash, which is called with the host name, the common name and
 * the subjectAltNames; here the last two arrive together as a {@link PresentedIdentity}.
 */
@FunctionalInterface
public interface HostnameCallback {

    /**
     * Whether the peer presenting {@code presented} may be called {@code referenceName}.
     *
     * @param referenceName the name being verified as the caller gave it, less one trailing dot
     * @param presented     the common name and subjectAltName entries of the peer's certificate
     */
    boolean matches(String referenceName, PresentedIdentity presented);
}
