/**
 * Keys: the TLS 1.3 key schedule (RFC 8446 §7), the transcript hash (§4.4.1), Finished and PSK
 * binders (§4.4.4, §4.2.11.2), exporters (§7.5), and the TLS 1.2 PRF, master secret and key block
 * (RFC 5246 §5, §6.3, §8.1, §7.4.9; RFC 7627 §4).
 *
 * <p>The TLS 1.3 schedule is staged, each stage returning the next, so no secret can be derived
 * out of order; a stage destroys the secret it was extracted from as soon as it hands over:
 *
 * <pre>
 *  KeyScheduleEarly.withPsk(psk) / .withoutPsk()        Early Secret
 *      .pskBinder(kind)                                 binder_key -&gt; PskBinder
 *      .clientEarlyTrafficSecret(Hash(CH))              client_early_traffic_secret
 *      .earlyExporterMasterSecret(Hash(CH))             early_exporter_master_secret -&gt; Exporter
 *      .handshake(sharedSecret, Hash(CH..SH))     -&gt;  KeyScheduleHandshake   Handshake Secret
 *          .clientHandshakeTrafficSecret()              client_handshake_traffic_secret
 *          .serverHandshakeTrafficSecret()              server_handshake_traffic_secret
 *          .traffic(Hash(CH..server Finished))    -&gt;  KeyScheduleTraffic     Master Secret
 *              .clientApplicationTrafficSecret0()       client_application_traffic_secret_0
 *              .serverApplicationTrafficSecret0()       server_application_traffic_secret_0
 *              .exporterMasterSecret()                  exporter_master_secret -&gt; Exporter
 *              .resumptionMasterSecret(Hash(CH..client Finished))  resumption_master_secret
 *                  .pskForTicket(ticket_nonce)          the PSK of a ticket (§4.6.1)
 *
 *  TrafficSecret .keys(aead)                        -&gt;  TrafficKeys (aead, key, iv) for the record layer
 *                .finishedKey()                     -&gt;  FinishedKey .verifyData(hash) / .verify(hash, received)
 *                .nextApplicationTrafficSecret()        application_traffic_secret_N+1 (§7.2)
 *  Exporter      .exportKeyingMaterial(label, context, length)       (§7.5)
 * </pre>
 *
 * <p>The transcript hashes the stages take come from one {@link
 * dev.parley.handshake.keys.TranscriptHash} per connection, fed the exact bytes of every
 * handshake message; it can start before the cipher suite (and so its hash) is known.
 *
 * <p>Secrets are held in {@link dev.parley.handshake.keys.Secret} and the other secret-holding
 * types of this package: final classes that never print their content and can be destroyed.
 * Failures are {@link dev.parley.record.TlsException}s with a
 * {@link dev.parley.handshake.keys.KeyScheduleFailure}.
 */
package dev.parley.handshake.keys;
