package dev.parley.handshake.server;

import dev.parley.crypto.Bytes;
import dev.parley.handshake.EngineConfig;
import dev.parley.handshake.codepoint.CipherSuite;
import dev.parley.handshake.codepoint.ProtocolVersionCodec;
import dev.parley.handshake.extension.OpaqueCodec;
import dev.parley.handshake.extension.VectorCodec;
import dev.parley.record.ProtocolVersion;
import dev.parley.record.wire.Codec;
import dev.parley.record.wire.DecodeFailure;
import dev.parley.record.wire.WireFailure;
import dev.parley.record.wire.WireReader;
import dev.parley.record.wire.WireWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a server seals into a session ticket (RFC 8446 §4.6.1): everything it needs to resume the
 * session from the ticket alone, so that no server-side session cache exists.
 *
 * <p>Its wire form is Parley's own, versioned by its first byte, and never leaves the server
 * unencrypted ({@link AeadTicketSealer} seals it):
 *
 * <pre>
 * struct {
 *     uint8 format = 1;
 *     ProtocolVersion version;             the session's protocol version, 0x0304
 *     CipherSuite cipher_suite;            a resumption needs a suite with its hash (§4.2.11)
 *     opaque psk&lt;32..64&gt;;                  HKDF-Expand-Label(resumption_master_secret, "resumption", nonce)
 *     uint32 issued_at_high; uint32 issued_at_low;   milliseconds since 1970 (UTC)
 *     uint32 lifetime;                     seconds, at most 7 days (§4.6.1)
 *     uint32 ticket_age_add;
 *     opaque server_name&lt;0..255&gt;;         the SNI host name; empty for none
 *     opaque application_protocol&lt;0..255&gt;; the ALPN protocol (UTF-8); empty for none
 *     opaque client_certificates&lt;0..61440&gt;; DER certificates of the client's chain, each opaque&lt;1..2^16-1&gt;
 * } TicketState;
 * </pre>
 *
 * <p>Security: not a record, since it holds the PSK; {@code toString} leaves the PSK out.
 * Content equality (for codec tests) compares the PSK in constant time.
 */
final class TicketState {

    /** The first byte of the encoding; other values are tickets of another format, never opened. */
    static final int FORMAT = 1;
    /** The client chain's bound, so that a whole ticket fits {@code opaque ticket<1..2^16-1>}. */
    static final int MAX_CLIENT_CHAIN_BYTES = 60 * 1024;
    /** A DNS name has at most 253 characters; ALPN names are {@code opaque ProtocolName<1..2^8-1>}. */
    static final int MAX_NAME_BYTES = 255;

    private static final VectorCodec<Bytes> CHAIN = VectorCodec.u16("client_certificates", 0,
            MAX_CLIENT_CHAIN_BYTES, OpaqueCodec.u16("certificate", 1, 0xFFFF));

    /** The wire form shown above. */
    static final Codec<TicketState> CODEC = new Codec<>() {
        @Override
        public void encode(TicketState value, WireWriter out) {
            out.u8(FORMAT);
            ProtocolVersionCodec.CODEC.encode(value.version, out);
            CipherSuite.CODEC.encode(value.cipherSuite, out);
            out.u8(value.psk.length);
            out.bytes(value.psk);
            long millis = value.issuedAt.toEpochMilli();
            out.u32(millis >>> 32);
            out.u32(millis & 0xFFFFFFFFL);
            out.u32(value.lifetime.getSeconds());
            out.u32(value.ticketAgeAdd);
            out.opaque8(value.serverName.map(TicketState::ascii).orElse(Bytes.EMPTY));
            out.opaque8(value.applicationProtocol.map(TicketState::utf8).orElse(Bytes.EMPTY));
            CHAIN.encode(value.clientCertificates, out);
        }

        @Override
        public TicketState decode(WireReader in) throws DecodeFailure {
            if (in.u8() != FORMAT) {
                throw new DecodeFailure(WireFailure.VALUE_OUT_OF_RANGE, "not a ticket of format " + FORMAT);
            }
            ProtocolVersion version = ProtocolVersionCodec.CODEC.decode(in);
            CipherSuite suite = CipherSuite.CODEC.decode(in);
            // Security: the PSK passes through Bytes only inside this decoder; the state keeps an array.
            byte[] psk = in.opaque8("psk", 32, 64).toByteArray();
            long millis = (in.u32() << 32) | in.u32();
            long lifetime = in.u32();
            if (lifetime > EngineConfig.MAX_TICKET_LIFETIME.getSeconds()) {
                // RFC 8446 §4.6.1: no ticket lives longer than seven days.
                throw new DecodeFailure(WireFailure.VALUE_OUT_OF_RANGE, "ticket lifetime over 7 days");
            }
            long ageAdd = in.u32();
            Optional<String> serverName = name(in.opaque8("server_name", 0, MAX_NAME_BYTES), true);
            Optional<String> protocol = name(in.opaque8("application_protocol", 0, MAX_NAME_BYTES), false);
            List<Bytes> chain = CHAIN.decode(in);
            try {
                return new TicketState(version, suite, psk, Instant.ofEpochMilli(millis), Duration.ofSeconds(lifetime),
                        ageAdd, serverName, protocol, chain);
            } finally {
                Arrays.fill(psk, (byte) 0);
            }
        }
    };

    private final ProtocolVersion version;
    private final CipherSuite cipherSuite;
    private final byte[] psk;
    private final Instant issuedAt;
    private final Duration lifetime;
    private final long ticketAgeAdd;
    private final Optional<String> serverName;
    private final Optional<String> applicationProtocol;
    private final List<Bytes> clientCertificates;

    /**
     * @param psk the ticket's PSK (copied; the caller wipes its array)
     * @param issuedAt when the ticket was issued, kept to the millisecond
     * @param lifetime the ticket_lifetime, in whole seconds, at most seven days
     * @param serverName the SNI host name (visible ASCII, at most 255 bytes)
     * @param applicationProtocol the ALPN protocol (at most 255 UTF-8 bytes)
     * @param clientCertificates the client's chain as DER, leaf first; empty without client authentication
     */
    TicketState(ProtocolVersion version, CipherSuite cipherSuite, byte[] psk, Instant issuedAt, Duration lifetime,
                long ticketAgeAdd, Optional<String> serverName, Optional<String> applicationProtocol,
                List<Bytes> clientCertificates) {
        this.version = Objects.requireNonNull(version, "version");
        this.cipherSuite = Objects.requireNonNull(cipherSuite, "cipherSuite");
        this.psk = psk.clone();
        this.issuedAt = Instant.ofEpochMilli(issuedAt.toEpochMilli());
        this.lifetime = Duration.ofSeconds(lifetime.getSeconds());
        this.ticketAgeAdd = ticketAgeAdd;
        this.serverName = Objects.requireNonNull(serverName, "serverName");
        this.applicationProtocol = Objects.requireNonNull(applicationProtocol, "applicationProtocol");
        this.clientCertificates = List.copyOf(clientCertificates);
        if (ticketAgeAdd < 0 || ticketAgeAdd > 0xFFFFFFFFL || this.psk.length < 32 || this.psk.length > 64
                || lifetime.isNegative() || lifetime.compareTo(EngineConfig.MAX_TICKET_LIFETIME) > 0) {
            throw new IllegalArgumentException("ticket state out of range");
        }
    }

    ProtocolVersion version() {
        return version;
    }

    CipherSuite cipherSuite() {
        return cipherSuite;
    }

    /** A copy of the PSK, for the caller to wipe after use. */
    byte[] psk() {
        return psk.clone();
    }

    Instant issuedAt() {
        return issuedAt;
    }

    Duration lifetime() {
        return lifetime;
    }

    long ticketAgeAdd() {
        return ticketAgeAdd;
    }

    Optional<String> serverName() {
        return serverName;
    }

    Optional<String> applicationProtocol() {
        return applicationProtocol;
    }

    List<Bytes> clientCertificates() {
        return clientCertificates;
    }

    /** Whether the ticket is still within its lifetime at {@code now} (RFC 8446 §4.6.1). */
    boolean isValidAt(Instant now) {
        return now.isBefore(issuedAt.plus(lifetime));
    }

    /** Whether the encoding fits a ticket: the client chain within its bound, names within theirs. */
    boolean fitsTicket() {
        int chainBytes = clientCertificates.stream().mapToInt(der -> 2 + der.length()).sum();
        return chainBytes <= MAX_CLIENT_CHAIN_BYTES
                && clientCertificates.stream().allMatch(der -> der.length() >= 1 && der.length() <= 0xFFFF)
                && serverName.map(name -> ascii(name).length() <= MAX_NAME_BYTES).orElse(true)
                && applicationProtocol.map(name -> utf8(name).length() <= MAX_NAME_BYTES).orElse(true);
    }

    /** Overwrites the PSK. */
    void destroy() {
        Arrays.fill(psk, (byte) 0);
    }

    private static Bytes ascii(String name) {
        return Bytes.wrap(name.getBytes(StandardCharsets.US_ASCII));
    }

    private static Bytes utf8(String name) {
        return Bytes.wrap(name.getBytes(StandardCharsets.UTF_8));
    }

    /** An empty field is "none"; a server name must be visible ASCII and a protocol strict UTF-8. */
    private static Optional<String> name(Bytes field, boolean ascii) throws DecodeFailure {
        if (field.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; ascii && i < field.length(); i++) {
            if (field.getUnsigned(i) < 0x21 || field.getUnsigned(i) > 0x7E) {
                throw new DecodeFailure(WireFailure.VALUE_OUT_OF_RANGE, "server name is not visible ASCII");
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(field.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            throw new DecodeFailure(WireFailure.VALUE_OUT_OF_RANGE, "application protocol is not UTF-8");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TicketState other && version.equals(other.version)
                && cipherSuite.equals(other.cipherSuite) && MessageDigest.isEqual(psk, other.psk)
                && issuedAt.equals(other.issuedAt) && lifetime.equals(other.lifetime)
                && ticketAgeAdd == other.ticketAgeAdd && serverName.equals(other.serverName)
                && applicationProtocol.equals(other.applicationProtocol)
                && clientCertificates.equals(other.clientCertificates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, cipherSuite, issuedAt, lifetime, ticketAgeAdd, serverName, applicationProtocol,
                clientCertificates);
    }

    /** Security: the PSK is left out. */
    @Override
    public String toString() {
        return "TicketState[" + version + ", " + cipherSuite + ", issued " + issuedAt + ", lifetime " + lifetime
                + ", " + serverName.orElse("no SNI") + ", " + applicationProtocol.orElse("no ALPN") + ", "
                + clientCertificates.size() + " client certificates, PSK redacted]";
    }
}
