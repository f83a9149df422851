#!/bin/sh
# Test certificates for the server state tests: self-signed, valid for 100 years, made with
# OpenSSL 3 (`bash generate.sh` in this folder). Their private keys are public test material.
set -eu
cert() { # name keyalg subject san
    case "$2" in
        ec) openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1.key" ;;
        rsa) openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1.key" ;;
        ed25519) openssl genpkey -algorithm ED25519 -out "$1.key" ;;
    esac
    openssl req -x509 -new -key "$1.key" -days 36500 -set_serial "$5" -subj "$3" \
        -addext "subjectAltName=$4" -addext "basicConstraints=critical,CA:FALSE" -out "$1.pem"
}
cert server-ecdsa ec "/CN=server.example" "DNS:server.example" 1
cert server-rsa rsa "/CN=server.example" "DNS:server.example" 2
cert other-ecdsa ec "/CN=other.example" "DNS:other.example" 3
cert client-ed25519 ed25519 "/CN=client" "DNS:client.example" 4
