/**
 * The {@code parley} command: {@code demo}, {@code client}, {@code server}, {@code verify} and
 * {@code cert}, each a small class over the public API of {@code dev.parley} and the x509 module.
 *
 * <p>Every command first parses its arguments into a value ({@link dev.parley.cli.CommandLine#parse}),
 * which touches no file and no network, so the parser can be tested and fuzzed alone; then the
 * value runs against a {@link dev.parley.cli.Console}. Bad arguments end in a one-line error and
 * the usage with exit code 2, a TLS or I/O failure in its message with exit code 1.
 */
package dev.parley.cli;
