#!/bin/sh
# Makes the certificates and keys of Parley's adapter tests with the openssl command line tool
# (OpenSSL 3): a root CA, an intermediate CA, server leaves (P-256 and RSA 2048) for localhost and
# 127.0.0.1, a client leaf, a self-signed server and a leaf for another host. Validity 100 years.
# Test keys only; they protect nothing.
set -e
cd "$(dirname "$0")"
days=36500
ec() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1"; }

ec root.key
openssl req -x509 -new -key root.key -subj "/CN=Parley Test Root" -days $days -sha256 \
  -addext basicConstraints=critical,CA:true -addext keyUsage=critical,keyCertSign,cRLSign -out root.pem

ec intermediate.key
openssl req -new -key intermediate.key -subj "/CN=Parley Test Intermediate" -out intermediate.csr
printf 'basicConstraints=critical,CA:true,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n' > ca.ext
openssl x509 -req -in intermediate.csr -CA root.pem -CAkey root.key -set_serial 2 -days $days -sha256 \
  -extfile ca.ext -out intermediate.pem

leaf() { # name key subject san eku
  openssl req -new -key "$2" -subj "$3" -out "$1.csr"
  printf 'basicConstraints=critical,CA:false\nkeyUsage=critical,digitalSignature%s\nextendedKeyUsage=%s\nsubjectAltName=%s\n' \
    "$6" "$5" "$4" > "$1.ext"
  openssl x509 -req -in "$1.csr" -CA intermediate.pem -CAkey intermediate.key -set_serial "$7" -days $days \
    -sha256 -extfile "$1.ext" -out "$1.pem"
  rm "$1.csr" "$1.ext"
}
ec server.key
leaf server server.key "/CN=localhost" "DNS:localhost,IP:127.0.0.1" serverAuth "" 10
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out rsa-server.key
leaf rsa-server rsa-server.key "/CN=localhost" "DNS:localhost,IP:127.0.0.1" serverAuth ",keyEncipherment" 11
ec other-host.key
leaf other-host other-host.key "/CN=other.example" "DNS:other.example" serverAuth "" 12
ec client.key
leaf client client.key "/CN=Parley Test Client" "email:client@example.com" clientAuth "" 13

cat server.pem intermediate.pem > server-chain.pem
cat rsa-server.pem intermediate.pem > rsa-server-chain.pem
cat other-host.pem intermediate.pem > other-host-chain.pem
cat client.pem intermediate.pem > client-chain.pem

# The server key encrypted (PBES2, AES-256-CBC) and the server chain and key as PKCS #12, both
# with the password "secret".
openssl pkcs8 -topk8 -v2 aes-256-cbc -in server.key -passout pass:secret -out server-encrypted.key
openssl pkcs12 -export -in server-chain.pem -inkey server.key -passout pass:secret -out server.p12
# For the JSSE peers: a server that forgets its intermediate, another host's chain, a client.
openssl pkcs12 -export -in server.pem -inkey server.key -passout pass:secret -out server-leaf-only.p12
openssl pkcs12 -export -in other-host-chain.pem -inkey other-host.key -passout pass:secret -out other-host.p12
openssl pkcs12 -export -in client-chain.pem -inkey client.key -passout pass:secret -out client.p12

# A self-signed server certificate that is no CA (OpenSSL's req marks -x509 output CA:TRUE unless told).
ec self-signed.key
openssl req -x509 -new -key self-signed.key -subj "/CN=localhost" -days $days -sha256 \
  -addext basicConstraints=critical,CA:false -addext keyUsage=critical,digitalSignature \
  -addext extendedKeyUsage=serverAuth -addext subjectAltName=DNS:localhost,IP:127.0.0.1 -out self-signed.pem

# A root that issued none of the above, for chains that must not validate.
ec other-root.key
openssl req -x509 -new -key other-root.key -subj "/CN=Parley Other Root" -days $days -sha256 \
  -addext basicConstraints=critical,CA:true -addext keyUsage=critical,keyCertSign,cRLSign -out other-root.pem

# Fingerprints in IO::Socket::SSL's text form, computed by openssl: of the certificate's DER, and of
# the subjectPublicKey bits (the last 65 bytes of a P-256 SubjectPublicKeyInfo: the point).
fp() { openssl x509 -in "$1" -outform DER | openssl dgst -"$2" -r | cut -d' ' -f1; }
pubfp() { openssl x509 -in "$1" -noout -pubkey | openssl pkey -pubin -outform DER | tail -c 65 | openssl dgst -"$2" -r | cut -d' ' -f1; }
{
  for f in server.pem self-signed.pem; do
    echo "$f sha256\$$(fp $f sha256)"
    echo "$f sha1\$$(fp $f sha1)"
    echo "$f sha256\$pub\$$(pubfp $f sha256)"
  done
} > fingerprints.txt

openssl pkcs12 -export -in self-signed.pem -inkey self-signed.key -passout pass:secret -out self-signed.p12

# CRLs of the intermediate (SSL_crl_file): one that revokes nothing, one that revokes server.pem.
cat > crl-ca.cnf <<'CNF'
[ ca ]
default_ca = test
[ test ]
database = crl-index.txt
crlnumber = crl-number
default_md = sha256
default_crl_days = 36500
certificate = intermediate.pem
private_key = intermediate.key
CNF
rm -f crl-index.txt* crl-number*; touch crl-index.txt; echo 01 > crl-number
openssl ca -config crl-ca.cnf -gencrl -out intermediate-empty.crl
openssl ca -config crl-ca.cnf -revoke server.pem
openssl ca -config crl-ca.cnf -gencrl -out intermediate-revokes-server.crl
rm -f crl-ca.cnf crl-index.txt* crl-number*

rm intermediate.csr ca.ext root.srl intermediate.srl 2>/dev/null || true
