package dev.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The plain-text dialogue that asks a server to switch to TLS on the same connection, per
 * protocol; after {@link #negotiate} returns, the next byte on the wire is the ClientHello. Lines
 * are read one byte at a time so that nothing after the server's go-ahead is consumed, and every
 * read is bounded: a server that talks too much or never says yes ends in an {@link IOException}
 * that quotes what it said.
 */
enum StartTls {

    /** RFC 3207: EHLO, then STARTTLS, answered by 220. */
    SMTP("smtp"),
    /** RFC 9051 §6.2.1 (and RFC 3501): a tagged STARTTLS, answered by a tagged OK. */
    IMAP("imap"),
    /** RFC 2595 §4: STLS, answered by +OK. */
    POP3("pop3"),
    /** RFC 4217 §4: AUTH TLS, answered by 234. */
    FTP("ftp"),
    /** RFC 6120 §5.4: a stream header, then a starttls element, answered by a proceed element. */
    XMPP("xmpp");

    private static final int MAX_LINE = 8192;
    private static final int MAX_LINES = 100;

    private final String scheme;

    StartTls(String scheme) {
        this.scheme = scheme;
    }

    /** The option's value ({@code smtp}, ...) as a dialogue; empty for a name it does not know. */
    static java.util.Optional<StartTls> named(String name) {
        for (StartTls protocol : values()) {
            if (protocol.name().toLowerCase(Locale.ROOT).equals(name)) {
                return java.util.Optional.of(protocol);
            }
        }
        return java.util.Optional.empty();
    }

    /** The hostname verification scheme this protocol's standard asks for (IO::Socket::SSL's names). */
    String verifyScheme() {
        return scheme;
    }

    /** Runs the dialogue with the server at the other end of {@code in} and {@code out}. */
    void negotiate(InputStream in, OutputStream out, String host) throws IOException {
        switch (this) {
            case SMTP -> {
                expectReply(in, "220", "greeting");
                send(out, "EHLO parley.invalid");
                expectReply(in, "250", "answer to EHLO");
                send(out, "STARTTLS");
                expectReply(in, "220", "answer to STARTTLS");
            }
            case IMAP -> {
                expectLine(in, "* OK", "greeting");
                send(out, "a1 STARTTLS");
                String line;
                int lines = 0;
                do {
                    line = readLine(in);
                    checkCount(++lines, line);
                } while (line.startsWith("* "));
                require(line, line.regionMatches(true, 0, "a1 OK", 0, 5), "answer to STARTTLS");
            }
            case POP3 -> {
                expectLine(in, "+OK", "greeting");
                send(out, "STLS");
                expectLine(in, "+OK", "answer to STLS");
            }
            case FTP -> {
                expectReply(in, "220", "greeting");
                send(out, "AUTH TLS");
                expectReply(in, "234", "answer to AUTH TLS");
            }
            case XMPP -> {
                out.write(("<?xml version='1.0'?><stream:stream to='" + xmlAttribute(host) + "' xmlns='jabber:client' "
                        + "xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                String features = readUntil(in, "</stream:features>");
                require(features, features.contains("starttls"), "stream features (no starttls offered)");
                out.write("<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>".getBytes(StandardCharsets.UTF_8));
                out.flush();
                String answer = readUntil(in, ">");
                require(answer, answer.contains("<proceed"), "answer to starttls");
            }
        }
    }

    /** Reads an SMTP/FTP reply, which may span lines ({@code 250-...} until {@code 250 ...}). */
    private static void expectReply(InputStream in, String code, String what) throws IOException {
        String line;
        int lines = 0;
        do {
            line = readLine(in);
            checkCount(++lines, line);
            require(line, line.startsWith(code), what + ", expected " + code);
        } while (line.length() > 3 && line.charAt(3) == '-');
    }

    private static void expectLine(InputStream in, String prefix, String what) throws IOException {
        String line = readLine(in);
        require(line, line.regionMatches(true, 0, prefix, 0, prefix.length()), what + ", expected " + prefix);
    }

    private static void send(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** One line without its CR LF; the connection ending first is an error. */
    static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c == -1) {
                throw new IOException("the server closed the connection during the STARTTLS dialogue"
                        + (line.length() > 0 ? " after '" + Arguments.printable(line.toString()) + "'" : ""));
            }
            if (c == '\n') {
                return line.toString().endsWith("\r") ? line.substring(0, line.length() - 1) : line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new IOException("the server sent a line longer than " + MAX_LINE + " bytes in the STARTTLS dialogue");
            }
            line.append((char) c);
        }
    }

    private static String readUntil(InputStream in, String end) throws IOException {
        StringBuilder text = new StringBuilder();
        while (text.indexOf(end) < 0) {
            int c = in.read();
            if (c == -1) {
                throw new IOException("the server closed the connection during the XMPP STARTTLS dialogue");
            }
            if (text.length() >= MAX_LINE) {
                throw new IOException("the server sent more than " + MAX_LINE + " bytes without '" + end + "'");
            }
            text.append((char) c);
        }
        return text.toString();
    }

    private static void checkCount(int lines, String last) throws IOException {
        if (lines > MAX_LINES) {
            throw new IOException("the server sent more than " + MAX_LINES + " lines in one reply (last: '"
                    + Arguments.printable(last) + "')");
        }
    }

    private static void require(String said, boolean ok, String what) throws IOException {
        if (!ok) {
            throw new IOException("STARTTLS refused: the server's " + what + " was '" + Arguments.printable(said) + "'");
        }
    }

    private static String xmlAttribute(String text) {
        return text.replace("&", "&amp;").replace("'", "&apos;").replace("<", "&lt;");
    }
}
