#!/bin/sh
# Regenerates the test certificates in this folder with the openssl command line tool (OpenSSL
# 3.0), and fingerprints.txt with their fingerprints as OpenSSL computes them. The private keys
# are thrown away: these certificates are identities to match, not servers to run.
#
#   sh generate.sh        (run in this folder)
set -eu
KEYS=$(mktemp -d)
trap 'rm -rf "$KEYS"' EXIT

make() { # name, key type (ec|rsa), subject, subjectAltName or '' for none
    name=$1; type=$2; subject=$3; san=$4
    if [ "$type" = rsa ]; then
        openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/$name.key" 2>/dev/null
    else
        openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$KEYS/$name.key" 2>/dev/null
    fi
    if [ -n "$san" ]; then
        openssl req -x509 -new -utf8 -key "$KEYS/$name.key" -sha256 -days 36500 -subj "$subject" \
            -addext "subjectAltName=$san" -out "$name.pem"
    else
        openssl req -x509 -new -utf8 -key "$KEYS/$name.key" -sha256 -days 36500 -subj "$subject" \
            -out "$name.pem"
    fi
}

make cn-only                  ec  "/CN=www.example.com"     ""
make cn-ip-only               ec  "/CN=192.0.2.10"          ""
make san-dns                  rsa "/CN=www.example.com"     "DNS:www.example.com,DNS:example.com"
make san-dns-wildcard         ec  "/CN=*.example.com"       "DNS:*.example.com"
make san-partial-wildcard     ec  "/CN=www*.example.com"    "DNS:www*.example.com"
make san-ip                   ec  "/CN=192.0.2.1"           "IP:192.0.2.1,IP:2001:db8::1"
make san-public-suffix-wildcard ec "/CN=*.co.uk"            "DNS:*.co.uk,DNS:*.github.io"
make idn                      ec  "/CN=bücher.example"      "DNS:xn--bcher-kva.example,DNS:*.xn--bcher-kva.example"
make cn-and-san-differ        ec  "/CN=cn.example.com"      "DNS:san.example.com"

# fingerprints.txt: <file> <algo>$<hex> for the certificate and <algo>$pub$<hex> for the public
# key, where "pub" hashes the contents of the subjectPublicKey BIT STRING (without its
# unused-bits octet), exactly what OpenSSL's X509_pubkey_digest and so IO::Socket::SSL hash.
: > fingerprints.txt
for pem in *.pem; do
    openssl x509 -in "$pem" -outform DER -out "$KEYS/cert.der"
    openssl x509 -in "$pem" -noout -pubkey | openssl pkey -pubin -outform DER -out "$KEYS/spki.der"
    # "   19:d=1  hl=2 l=  66 prim: BIT STRING": the content starts after the header and the
    # unused-bits octet.
    set -- $(openssl asn1parse -inform DER -in "$KEYS/spki.der" | grep 'BIT STRING' | head -1 |
        sed 's/^ *\([0-9]*\):d=[0-9]* *hl=\([0-9]*\) *l= *\([0-9]*\).*/\1 \2 \3/')
    dd if="$KEYS/spki.der" of="$KEYS/subject-public-key.bin" bs=1 skip=$(($1 + $2 + 1)) \
        count=$(($3 - 1)) 2>/dev/null
    for algo in sha1 sha256 sha384 sha512; do
        cert=$(openssl dgst -"$algo" -r "$KEYS/cert.der" | cut -d' ' -f1)
        pub=$(openssl dgst -"$algo" -r "$KEYS/subject-public-key.bin" | cut -d' ' -f1)
        echo "$pem $algo\$$cert" >> fingerprints.txt
        echo "$pem $algo\$pub\$$pub" >> fingerprints.txt
    done
    base64 -w0 "$KEYS/subject-public-key.bin" > "${pem%.pem}.subject-public-key.b64"
    echo >> "${pem%.pem}.subject-public-key.b64"
done
