/**
 * Parley against peers nobody here wrote, over 127.0.0.1: {@code openssl s_server}/{@code s_client}
 * and {@code gnutls-serv}/{@code gnutls-cli} as real processes ({@link dev.parley.interop.PeerProcess}
 * starts, watches and stops them), and the JDK's JSSE in-process ({@link dev.parley.interop.JssePeer}).
 * Every test checks what was negotiated from both ends: Parley's accessors and what the peer reports.
 * The certificates come from Parley's own builder ({@link dev.parley.interop.InteropPki}); a peer
 * program that is missing skips its tests on a developer's machine and fails them under CI
 * ({@link dev.parley.interop.RequiredPeer}). Each peer's output is kept in
 * {@code target/peer-transcripts/}.
 */
package dev.parley.interop;
