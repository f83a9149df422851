package dev.parley.handshake.integration;

import dev.parley.handshake.ClientAuth;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.NamedGroup;
import dev.parley.handshake.codepoint.SignatureScheme;
import dev.parley.x509.builder.KeySpec;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One cell of the client × server matrix of {@link HandshakeMatrixTest}: what both sides are
 * configured with, how the wire between them is cut, and what happens after the handshake.
 *
 * @param suite the one cipher suite both sides allow
 * @param group the group the server accepts, the only one it supports
 * @param clientShare the group of the client's one key share: {@code group}, or another one so
 *        that the server must send a HelloRetryRequest
 * @param serverKey the kind of the server's key
 * @param serverScheme the scheme the server signs with: first in its list, and fitting its key
 * @param clientKey the kind of the client's key, when it authenticates
 * @param clientAuth whether the server asks for a client certificate
 * @param resume whether a second connection resumes with a ticket of the first
 * @param alpn the protocol both sides have in common, when ALPN is used
 * @param sniCertificate whether the server's certificate comes from its per-name map (its default
 *        is then one of another kind, which must not be chosen)
 * @param keyUpdate who updates keys after the handshake, and whether it asks the peer to
 * @param wireSeed the seed of the wire's chunk sizes
 * @param maxChunk the largest chunk the wire delivers at once
 * @param clientBytes how much application data the client sends
 * @param serverBytes how much application data the server sends
 */
record MatrixDraw(CipherSuite suite, NamedGroup group, NamedGroup clientShare, KeySpec serverKey,
                  SignatureScheme serverScheme, Optional<KeySpec> clientKey, ClientAuth clientAuth, boolean resume,
                  Optional<String> alpn, boolean sniCertificate, KeyUpdate keyUpdate, long wireSeed, int maxChunk,
                  int clientBytes, int serverBytes) {

    static final List<NamedGroup> GROUPS = List.of(NamedGroup.X25519, NamedGroup.SECP256R1, NamedGroup.SECP384R1,
            NamedGroup.SECP521R1, NamedGroup.X448, NamedGroup.FFDHE2048);
    static final List<KeySpec> KEYS = List.of(KeySpec.RSA_2048, KeySpec.EC_P256, KeySpec.EC_P384, KeySpec.EC_P521,
            KeySpec.ED25519, KeySpec.ED448);

    /** Who updates its keys once the handshake is done. */
    enum KeyUpdate {
        NONE, CLIENT, CLIENT_ASKING_SERVER, SERVER, SERVER_ASKING_CLIENT
    }

    boolean helloRetry() {
        return !clientShare.equals(group);
    }

    /** The schemes that fit a key of {@code key}, in RFC 8446 §4.2.3 terms (ECDSA schemes name their curve). */
    static List<SignatureScheme> schemesFor(KeySpec key) {
        return switch (key) {
            case RSA_2048, RSA_3072, RSA_4096 -> List.of(SignatureScheme.RSA_PSS_RSAE_SHA256,
                    SignatureScheme.RSA_PSS_RSAE_SHA384, SignatureScheme.RSA_PSS_RSAE_SHA512);
            case EC_P256 -> List.of(SignatureScheme.ECDSA_SECP256R1_SHA256);
            case EC_P384 -> List.of(SignatureScheme.ECDSA_SECP384R1_SHA384);
            case EC_P521 -> List.of(SignatureScheme.ECDSA_SECP521R1_SHA512);
            case ED25519 -> List.of(SignatureScheme.ED25519);
            case ED448 -> List.of(SignatureScheme.ED448);
        };
    }

    /**
     * The scheme a client key signs with when the client lists the default schemes: the first
     * default that fits it, which for RSA is rsa_pss_rsae_sha256 (the rsa_pss_pss schemes need an
     * RSASSA-PSS key, RFC 8446 §4.2.3).
     */
    static SignatureScheme clientSchemeFor(KeySpec key) {
        return schemesFor(key).get(0);
    }

    static Arbitrary<MatrixDraw> arbitrary() {
        Arbitrary<CipherSuite> suites = Arbitraries.of(CipherSuite.TLS_AES_128_GCM_SHA256,
                CipherSuite.TLS_AES_256_GCM_SHA384, CipherSuite.TLS_CHACHA20_POLY1305_SHA256);
        Arbitrary<NamedGroup> groups = Arbitraries.of(GROUPS);
        Arbitrary<Boolean> retries = Arbitraries.of(false, false, true);
        Arbitrary<KeySpec> keys = Arbitraries.of(KEYS);
        Arbitrary<Integer> schemeIndexes = Arbitraries.integers().between(0, 2);
        Arbitrary<Optional<KeySpec>> clientKeys = Arbitraries.of(KEYS).optional(0.5);
        Arbitrary<Boolean> required = Arbitraries.of(true, false);
        Arbitrary<Optional<String>> alpns = Arbitraries.of("h2", "http/1.1", "x-parley-matrix").optional(0.5);
        Arbitrary<Handshake> handshakes = Combinators.combine(suites, groups, retries, groups, keys, schemeIndexes,
                clientKeys, required).as((suite, group, retry, other, key, index, clientKey, mustAuth) -> {
                    NamedGroup share = retry ? GROUPS.get((GROUPS.indexOf(group) + 1 + GROUPS.indexOf(other) % 5) % 6)
                            : group;
                    List<SignatureScheme> fitting = schemesFor(key);
                    ClientAuth auth = clientKey.isEmpty() ? ClientAuth.NONE
                            : mustAuth ? ClientAuth.REQUIRED : ClientAuth.OPTIONAL;
                    return new Handshake(suite, group, share, key, fitting.get(index % fitting.size()), clientKey, auth);
                });
        Arbitrary<Integer> chunks = Arbitraries.oneOf(Arbitraries.integers().between(1, 8),
                Arbitraries.integers().between(9, 2000), Arbitraries.just(Integer.MAX_VALUE));
        Arbitrary<Integer> sizes = Arbitraries.oneOf(Arbitraries.integers().between(1, 300),
                Arbitraries.integers().between(301, 40_000));
        return Combinators.combine(handshakes, Arbitraries.of(true, false), alpns, Arbitraries.of(true, false),
                Arbitraries.of(KeyUpdate.class), Arbitraries.longs(), chunks, Combinators.combine(sizes, sizes)
                        .as((c, s) -> new int[] {c, s}))
                .as((h, resume, alpn, sni, update, seed, chunk, bytes) -> new MatrixDraw(h.suite, h.group, h.share,
                        h.key, h.scheme, h.clientKey, h.auth, resume, alpn, sni, update, seed, chunk, bytes[0], bytes[1]));
    }

    /** The handshake half of a draw, before the connection-level choices. */
    private record Handshake(CipherSuite suite, NamedGroup group, NamedGroup share, KeySpec key, SignatureScheme scheme,
                             Optional<KeySpec> clientKey, ClientAuth auth) {
    }
}
