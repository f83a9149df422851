set -eu
# Encrypted PKCS #8 keys and PKCS #12 files made by OpenSSL from the keys and certificates one
# folder up (../generate.sh). Run in this folder: bash generate.sh. Passwords: "parley", except
# where a name says otherwise; UNICODE is the UTF-8 text "pärley-€" (p, a-umlaut, ..., euro sign).
UNICODE=$(printf 'p\xc3\xa4rley-\xe2\x82\xac')

# Encrypted PKCS #8 (RFC 5958 §3) with PBES2 (RFC 8018 §6.2) in the combinations OpenSSL writes.
openssl pkcs8 -topk8 -in ../rsa2048.key -v2 aes-256-cbc -v2prf hmacWithSHA256 -passout pass:parley \
    -out rsa2048-aes256-sha256.pem
openssl pkcs8 -topk8 -in ../ec-p-256.key -v2 aes-128-cbc -v2prf hmacWithSHA1 -passout pass:parley \
    -out ec-p-256-aes128-sha1.pem
openssl pkcs8 -topk8 -in ../ec-p-384.key -v2 aes-192-cbc -v2prf hmacWithSHA512 -passout pass:parley \
    -outform DER -out ec-p-384-aes192-sha512.der
openssl pkcs8 -topk8 -in ../ed25519.key -v2 des3 -v2prf hmacWithSHA384 -passout pass:parley \
    -out ed25519-des3-sha384.pem
openssl pkcs8 -topk8 -in ../ec-p-521.key -v2 aes-256-cbc -v2prf hmacWithSHA256 -iter 100000 -passout pass:parley \
    -out ec-p-521-aes256-100000.pem
openssl pkcs8 -topk8 -in ../ed448.key -v2 aes-256-cbc -v2prf hmacWithSHA256 -passout "pass:$UNICODE" \
    -out ed448-unicode-password.pem
# PKCS #12's own PBE (RFC 7292 Appendix C) inside PKCS #8, and a PRF Parley does not implement.
openssl pkcs8 -topk8 -in ../rsa2048.key -v1 PBE-SHA1-3DES -passout pass:parley -out rsa2048-pbe-sha1-3des.pem
openssl pkcs8 -topk8 -in ../ec-p-256.key -v2 aes-256-cbc -v2prf hmacWithSHA224 -passout pass:parley \
    -out ec-p-256-sha224-prf.pem
# A certificate followed by its encrypted key, with explanatory text, as one file.
{ echo "The leaf certificate and its key, encrypted with the password parley."; cat ../leaf.pem;
  openssl pkcs8 -topk8 -in ../leaf.key -v2 aes-256-cbc -v2prf hmacWithSHA256 -passout pass:parley; } \
    > leaf-and-encrypted-key.pem

# OpenSSL's own decryption of each key, as PKCS #8 DER: the known answers. ('openssl pkey' writes PKCS #8
# as PEM; 'openssl pkcs8 -topk8 -nocrypt' turns it into DER. Its -outform DER alone would write the
# traditional PKCS #1 or SEC 1 form instead.)
decrypted() { openssl pkey "$@" | openssl pkcs8 -topk8 -nocrypt -outform DER; }
for key in rsa2048-aes256-sha256.pem ec-p-256-aes128-sha1.pem ed25519-des3-sha384.pem ec-p-521-aes256-100000.pem \
           rsa2048-pbe-sha1-3des.pem; do
    decrypted -in "$key" -passin pass:parley > "${key%.*}.openssl.der"
done
decrypted -inform DER -in ec-p-384-aes192-sha512.der -passin pass:parley > ec-p-384-aes192-sha512.openssl.der
decrypted -in ed448-unicode-password.pem -passin "pass:$UNICODE" > ed448-unicode-password.openssl.der

# PKCS #12 (RFC 7292): leaf certificate, its key and the intermediate, as 'openssl pkcs12 -export' writes
# them today (PBES2 AES-256-CBC, PBKDF2-HMAC-SHA256, HMAC-SHA256 MAC) and with -legacy
# (pbeWithSHAAnd3-KeyTripleDES-CBC for the key, pbeWithSHAAnd40BitRC2-CBC for the certificates, HMAC-SHA1).
openssl pkcs12 -export -in ../leaf.pem -inkey ../leaf.key -certfile ../ica.pem -name "Parley leaf" \
    -passout pass:parley -out leaf.p12
openssl pkcs12 -export -legacy -in ../leaf.pem -inkey ../leaf.key -certfile ../ica.pem -name "Parley leaf" \
    -passout pass:parley -out leaf-legacy.p12
# Variations: no encryption at all (a keyBag and plain certificate bags), an HMAC-SHA512 MAC, a
# SHA-1 MAC over AES-encrypted bags, 128-bit RC2 bags, the empty password, a non-ASCII password, no MAC,
# certificates only.
openssl pkcs12 -export -in ../rsa2048.pem -inkey ../rsa2048.key -keypbe NONE -certpbe NONE \
    -passout pass:parley -out rsa2048-unencrypted.p12
openssl pkcs12 -export -in ../ed25519.pem -inkey ../ed25519.key -macalg sha512 -passout pass:parley \
    -out ed25519-sha512-mac.p12
openssl pkcs12 -export -in ../ec-p-384.pem -inkey ../ec-p-384.key -macalg sha1 -passout pass:parley \
    -out ec-p-384-sha1-mac.p12
openssl pkcs12 -export -in ../ec-p-256.pem -inkey ../ec-p-256.key -passout pass: -out ec-p-256-empty-password.p12
openssl pkcs12 -export -in ../ec-p-521.pem -inkey ../ec-p-521.key -passout "pass:$UNICODE" \
    -out ec-p-521-unicode-password.p12
openssl pkcs12 -export -legacy -in ../ed448.pem -inkey ../ed448.key -passout "pass:$UNICODE" \
    -out ed448-legacy-unicode-password.p12
openssl pkcs12 -export -legacy -in ../rsa-pss-signature.pem -inkey ../rsa2048.key -certpbe PBE-SHA1-RC2-128 \
    -keypbe PBE-SHA1-RC2-128 -passout pass:parley -out rsa2048-rc2-128.p12
openssl pkcs12 -export -in ../ec-p-256.pem -inkey ../ec-p-256.key -nomac -passout pass:parley -out ec-p-256-no-mac.p12
openssl pkcs12 -export -nokeys -in ../root.pem -certfile ../ica.pem -passout pass:parley -out certificates-only.p12

# OpenSSL's own reading of each PKCS #12 file (certificates and unencrypted key, as PEM): the known answers.
for p12 in leaf.p12 rsa2048-unencrypted.p12 ed25519-sha512-mac.p12 ec-p-384-sha1-mac.p12 certificates-only.p12; do
    openssl pkcs12 -in "$p12" -passin pass:parley -nodes -out "${p12%.p12}.openssl.pem"
done
openssl pkcs12 -legacy -in leaf-legacy.p12 -passin pass:parley -nodes -out leaf-legacy.openssl.pem
openssl pkcs12 -legacy -in rsa2048-rc2-128.p12 -passin pass:parley -nodes -out rsa2048-rc2-128.openssl.pem
openssl pkcs12 -in ec-p-256-empty-password.p12 -passin pass: -nodes -out ec-p-256-empty-password.openssl.pem
openssl pkcs12 -in ec-p-521-unicode-password.p12 -passin "pass:$UNICODE" -nodes -out ec-p-521-unicode-password.openssl.pem
openssl pkcs12 -legacy -in ed448-legacy-unicode-password.p12 -passin "pass:$UNICODE" -nodes \
    -out ed448-legacy-unicode-password.openssl.pem
