package dev.parley.x509.limbo;

import dev.parley.x509.limbo.LimboValidationTest.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The limbo test's outputs: the JSON report, the one-line summary and the list of non-passing cases. */
final class LimboReport {

    private LimboReport() {
    }

    /** Writes {@code {"results": [{"id", "expected", "actual", "reason"}, ...]}}, one entry per case. */
    static void write(List<Result> results, Path file) throws IOException {
        StringBuilder json = new StringBuilder("{\"results\": [\n");
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            json.append("  {\"id\": ").append(quote(r.id())).append(", \"expected\": ").append(quote(r.expected()))
                    .append(", \"actual\": ").append(quote(r.actual())).append(", \"reason\": ")
                    .append(r.reason() == null ? "null" : quote(r.reason())).append('}')
                    .append(i + 1 < results.size() ? ",\n" : "\n");
        }
        json.append("]}\n");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json, StandardCharsets.UTF_8);
    }

    static String summary(List<Result> results) {
        long pass = results.stream().filter(Result::passed).count();
        long skip = results.stream().filter(Result::skipped).count();
        long fail = results.size() - pass - skip;
        long unexpected = results.stream().filter(r -> r.expected().equals("FAILURE") && r.actual().equals("SUCCESS")).count();
        long slowest = results.stream().mapToLong(Result::millis).max().orElse(0);
        long pedanticTried = results.stream().filter(r -> r.pedantic() != null).count();
        long pedanticAccepted = results.stream().filter(r -> "".equals(r.pedantic())).count();
        StringBuilder line = new StringBuilder("x509-limbo: ").append(results.size()).append(" cases, ")
                .append(pass).append(" pass, ").append(fail).append(" fail (").append(unexpected)
                .append(" unexpected successes), ").append(skip).append(" skipped; slowest case ").append(slowest)
                .append(" ms; pedantic profile accepts ").append(pedanticAccepted).append(" of ").append(pedanticTried)
                .append(" SUCCESS cases; pass/fail/skip by namespace:");
        for (Map.Entry<String, int[]> entry : LimboValidationTest.byNamespace(results).entrySet()) {
            int[] c = entry.getValue();
            line.append(' ').append(entry.getKey()).append('=').append(c[0]).append('/').append(c[1]).append('/').append(c[2]);
        }
        return line.toString();
    }

    /** One line per case that did not pass. */
    static List<String> details(List<Result> results) {
        List<String> lines = new ArrayList<>();
        results.stream().sorted((a, b) -> Long.compare(b.millis(), a.millis())).limit(5)
                .forEach(r -> lines.add("  slow: " + r.id() + " " + r.millis() + " ms"));
        for (Result r : results) {
            if (!r.passed()) {
                lines.add("  " + r.actual() + " (expected " + r.expected() + ") " + r.id() + ": " + r.reason());
            }
            if (r.pedantic() != null && !r.pedantic().isEmpty()) {
                lines.add("  pedantic profile rejects " + r.id() + ": " + r.pedantic());
            }
        }
        return lines;
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
