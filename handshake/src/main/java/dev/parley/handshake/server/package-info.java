/**
 * The TLS 1.3 server (RFC 8446 §2, Appendix A.2) as explicit states, one class per state, each
 * accepting one message. {@link dev.parley.handshake.server.ServerHandshake#start} makes the first;
 * the engine feeds every handshake message to the current state and keeps the state it returns.
 *
 * <pre>
 * state                        accepts             sends / does                                  next state
 * ---------------------------  ------------------  --------------------------------------------  ---------------------------
 * WaitClientHello              ClientHello         HelloRetryRequest, [CCS]                      WaitSecondClientHello
 *   (START)                                        (no acceptable key share, a common group)
 *                              ClientHello         ServerHello, [CCS], EncryptedExtensions,      WaitClientCertificate
 *                                                  CertificateRequest, Certificate,              (client authentication)
 *                                                  CertificateVerify, Finished
 *                              ClientHello         ServerHello, [CCS], EncryptedExtensions,      WaitClientFinished
 *                                                  [Certificate, CertificateVerify], Finished
 * WaitSecondClientHello        ClientHello         as above, never another HelloRetryRequest     WaitClientCertificate
 *   (START after HRR)                                                                            or WaitClientFinished
 * WaitClientCertificate        Certificate         empty: certificate_required if REQUIRED       WaitClientFinished
 *   (WAIT_CERT)                                    non-empty                                     WaitClientCertificateVerify
 * WaitClientCertificateVerify  CertificateVerify   verify signature, then the chain              WaitClientFinished
 *   (WAIT_CV)
 * WaitClientFinished           Finished            client application read keys,                 Connected
 *   (WAIT_FINISHED)                                NewSessionTickets, handshake complete
 * Connected                    KeyUpdate           new read keys, update owed if requested       Connected
 *   (CONNECTED)
 * </pre>
 *
 * <p>Any other message in any state fails with unexpected_message. Keys change as RFC 8446 §7.3
 * says: after the ServerHello the server writes with its handshake keys; after its Finished it
 * writes with its application keys and reads the client's handshake keys; after the client's
 * Finished it reads the client's application keys. A resumed handshake (a ticket accepted in
 * {@link dev.parley.handshake.server.PskAcceptance}) skips CertificateRequest, Certificate and
 * CertificateVerify. Early data is never accepted: it is skipped (§4.2.10). A HelloRetryRequest
 * carries no cookie; the retry state lives in {@code WaitSecondClientHello}.
 *
 * <p>Session tickets are stateless: the session's state sealed with AES-256-GCM under rotating
 * {@link dev.parley.handshake.TicketKeys} ({@link dev.parley.handshake.server.AeadTicketSealer},
 * {@link dev.parley.handshake.server.TicketState}).
 */
package dev.parley.handshake.server;
