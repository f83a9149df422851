/**
 * The TLS 1.3 client state machine (RFC 8446 §2, §4 and Appendix A.1): the ClientHello with its
 * HelloRetryRequest variant, the checks on every server message, certificate and signature
 * verification, client authentication, resumption with pre_shared_key (psk_dhe_ke), and tickets.
 *
 * <p>{@link dev.parley.handshake.client.ClientHandshake#start} sends the first ClientHello and
 * returns the first state. Each state holds only what its step needs and accepts the message named
 * below; anything else fails with unexpected_message. "send" lists what the transition sends
 * (in that order); keys are installed through the {@code HandshakeContext}.
 *
 * <pre>
 *  state                                 accepts                  next state / what it sends
 *  ------------------------------------  -----------------------  ---------------------------------------
 *  (start)                                                        WaitServerHello
 *                                                                   send ClientHello1
 *  WaitServerHello                       HelloRetryRequest        WaitServerHello (second one refused)
 *                                                                   send [CCS], ClientHello2
 *  WaitServerHello                       ServerHello              WaitEncryptedExtensions
 *                                                                   install server handshake read keys
 *  WaitEncryptedExtensions               EncryptedExtensions      WaitFinished (PSK accepted)
 *                                                                 WaitCertificateOrCertificateRequest
 *  WaitCertificateOrCertificateRequest   CertificateRequest       WaitCertificate
 *  WaitCertificateOrCertificateRequest   Certificate              WaitCertificateVerify
 *  WaitCertificate                       Certificate              WaitCertificateVerify
 *  WaitCertificateVerify                 CertificateVerify        WaitFinished
 *                                                                   (signature, then the PeerVerifier)
 *  WaitFinished                          Finished                 Connected
 *                                                                   install server application read keys
 *                                                                   send [CCS], then under our handshake
 *                                                                   keys [Certificate, [CertificateVerify]],
 *                                                                   Finished; install our application
 *                                                                   write keys; handshakeComplete
 *  Connected                             NewSessionTicket         Connected (ticket into the SessionStore)
 *  Connected                             KeyUpdate                Connected (new read keys)
 *  Connected                             CertificateRequest       refused: we never offer post_handshake_auth
 * </pre>
 *
 * <p>[CCS] is the middlebox-compatibility change_cipher_spec of RFC 8446 §D.4, sent once: before
 * ClientHello2 after a HelloRetryRequest, otherwise before the encrypted second flight. The server's
 * change_cipher_spec is accepted from the first ClientHello until the server's Finished.
 *
 * <p>Parley's client never sends early data (0-RTT), so it never offers early_data and refuses an
 * early_data answer in EncryptedExtensions.
 */
package dev.parley.handshake.client;
