#!/bin/bash
# Regenerates the path validation test chains with OpenSSL (see README.md). Every certificate is
# valid from 2025-01-01 to 2125-01-01 unless said otherwise; the tests validate at 2030-01-01.
set -eu
cd "$(dirname "$0")"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
START=20250101000000Z
END=21250101000000Z
AT=1893456000   # 2030-01-01T00:00:00Z, the tests' validation time, for openssl verify -attime
export CADIR="$WORK"   # openssl req reads the configuration too, and needs CADIR set

ec_key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$WORK/$1.key"; }
rsa_key() { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:"$2" -out "$WORK/$1.key" 2>/dev/null; }
ca_dir() {
    mkdir -p "$WORK/ca-$1"; : > "$WORK/ca-$1/index.txt"; echo 1000 > "$WORK/ca-$1/serial"; echo 01 > "$WORK/ca-$1/crlnumber"
}
csr() { openssl req -new -key "$WORK/$1.key" -subj "$2" -config ca.cnf -out "$WORK/$1.csr"; }

# root NAME SUBJECT: a self-signed CA with its own openssl ca database.
root() {
    [ -f "$WORK/$1.key" ] || ec_key "$1"
    ca_dir "$1"; csr "$1" "$2"
    CADIR="$WORK/ca-$1" openssl ca -batch -notext -config ca.cnf -selfsign -keyfile "$WORK/$1.key" -in "$WORK/$1.csr" \
        -startdate $START -enddate $END -extensions root -out "$1.pem" 2>/dev/null
}

# issue NAME KEY ISSUER SUBJECT EXTENSIONS [START [END [MD]]]: KEY's certificate, signed by ISSUER.
issue() {
    local name=$1 key=$2 issuer=$3 subject=$4 extensions=$5 start=${6:-$START} end=${7:-$END} md=${8:-sha256}
    [ -f "$WORK/$key.key" ] || ec_key "$key"
    [ -d "$WORK/ca-$name" ] || ca_dir "$name"
    openssl req -new -key "$WORK/$key.key" -subj "$subject" -config ca.cnf -out "$WORK/$name.csr"
    CADIR="$WORK/ca-$(ca_of "$issuer")" openssl ca -batch -notext -config ca.cnf -cert "$issuer.pem" \
        -keyfile "$WORK/$(key_of "$issuer").key" -in "$WORK/$name.csr" -startdate "$start" -enddate "$end" -md "$md" \
        -extensions "$extensions" -preserveDN -out "$name.pem" 2>/dev/null
    echo "$name $key" >> "$WORK/keys"
}
key_of() { awk -v n="$1" '$1 == n { print $2 }' "$WORK/keys" | tail -1 | grep . || echo "$1"; }
ca_of() { echo "$1"; }

touch "$WORK/keys"
O="/C=US/O=Parley Test"

# The main chain, and leaves that break one rule each.
root root "$O/CN=Parley Path Root"
issue ica ica root "$O/CN=Parley Path Intermediate" ica
issue leaf leaf ica "$O/CN=www.example.com" leaf
issue leaf-expired leaf-expired ica "$O/CN=expired.example.com" leaf 20200101000000Z 20210101000000Z
issue leaf-not-yet-valid leaf-nyv ica "$O/CN=future.example.com" leaf 21000101000000Z 21010101000000Z
issue leaf-client leaf-client ica "$O/CN=user" leaf_client
issue leaf-keyencipherment leaf-ke ica "$O/CN=www.example.com" leaf_encipher_only
issue leaf-sha1 leaf-sha1 ica "$O/CN=www.example.com" leaf $START $END sha1
rsa_key leaf-rsa1024 1024
issue leaf-rsa1024 leaf-rsa1024 ica "$O/CN=www.example.com" leaf
issue leaf-signed-by-leaf leaf-sbl leaf "$O/CN=victim.example.com" leaf

# Intermediates that break one rule each, with a leaf below.
issue ica-client-only ica-client-only root "$O/CN=Parley Client Intermediate" ica_client_only
issue leaf-under-client-ica leaf-uci ica-client-only "$O/CN=www.example.com" leaf
issue ica-no-certsign ica-no-certsign root "$O/CN=Parley No CertSign Intermediate" ica_no_certsign
issue leaf-under-no-certsign leaf-unc ica-no-certsign "$O/CN=www.example.com" leaf
issue ica-unknown-critical ica-unknown-critical root "$O/CN=Parley Unknown Critical Intermediate" ica_unknown_critical
issue leaf-under-unknown-critical leaf-uuc ica-unknown-critical "$O/CN=www.example.com" leaf

# Path length: pathlen:0 allows a leaf below, not another CA.
issue ica-pathlen0 ica-pathlen0 root "$O/CN=Parley Pathlen0 Intermediate" ica_pathlen0
issue leaf-under-pathlen0 leaf-up0 ica-pathlen0 "$O/CN=www.example.com" leaf
issue ica-below-pathlen0 ica-below-pathlen0 ica-pathlen0 "$O/CN=Parley Sub Intermediate" ica
issue leaf-deep leaf-deep ica-below-pathlen0 "$O/CN=www.example.com" leaf

# Name constraints: permitted DNS example.com, IP 10/8, email .example.com, dirName C=US,O=Parley Test;
# excluded DNS forbidden.example.com.
issue ica-nc ica-nc root "$O/CN=Parley Constrained Intermediate" ica_nc
issue leaf-nc-ok leaf-nc-ok ica-nc "$O/CN=www.example.com" leaf_nc_ok
issue leaf-nc-outside leaf-nc-outside ica-nc "$O/CN=www.example.org" leaf_nc_outside
issue leaf-nc-excluded leaf-nc-excluded ica-nc "$O/CN=www.example.com" leaf_nc_excluded
issue leaf-nc-ip-outside leaf-nc-ip-outside ica-nc "$O/CN=192.168.1.1" leaf_nc_ip_outside
issue leaf-nc-email-outside leaf-nc-email-outside ica-nc "$O/CN=www.example.com" leaf_nc_email_outside
issue leaf-nc-dn-outside leaf-nc-dn-outside ica-nc "/C=US/O=Other Org/CN=www.example.com" leaf_nc_dn_outside

# Cross-signed roots with an expired branch: the new root is self-signed, cross-signed by the old
# root (expired) and by another root (valid); an intermediate of the new root issues a leaf.
root old-root "$O/CN=Parley Old Root"
root other-root "$O/CN=Parley Other Root"
root new-root "$O/CN=Parley New Root"
issue new-root-by-old new-root old-root "$O/CN=Parley New Root" ica 20200101000000Z 20210101000000Z
issue new-root-by-other new-root other-root "$O/CN=Parley New Root" ica
echo "new-root new-root" >> "$WORK/keys"
issue cross-ica cross-ica new-root "$O/CN=Parley Cross Intermediate" ica
issue cross-leaf cross-leaf cross-ica "$O/CN=www.example.com" leaf

# A loop: two CAs that certify each other, neither under a trusted root.
root loop-a "$O/CN=Parley Loop A"
root loop-b "$O/CN=Parley Loop B"
issue loop-a-by-b loop-a loop-b "$O/CN=Parley Loop A" ica
issue loop-b-by-a loop-b loop-a "$O/CN=Parley Loop B" ica
echo "loop-a loop-a" >> "$WORK/keys"; echo "loop-b loop-b" >> "$WORK/keys"
issue loop-leaf loop-leaf loop-a "$O/CN=www.example.com" leaf

# RSA: a 2048-bit root signing a leaf with sha256WithRSAEncryption.
rsa_key rsa-root 2048
root rsa-root "$O/CN=Parley RSA Root"
issue rsa-leaf rsa-leaf rsa-root "$O/CN=www.example.com" leaf

# CRLs of the intermediate: one revoking leaf-revoked, current for 100 years; one that was stale
# an hour after it was made; and an empty, current CRL of the root, for checking the intermediate.
issue leaf-revoked leaf-revoked ica "$O/CN=revoked.example.com" leaf
CADIR="$WORK/ca-ica" openssl ca -config ca.cnf -cert ica.pem -keyfile "$WORK/ica.key" -revoke leaf-revoked.pem \
    -crl_reason keyCompromise 2>/dev/null
CADIR="$WORK/ca-ica" openssl ca -config ca.cnf -cert ica.pem -keyfile "$WORK/ica.key" -gencrl -crldays 36500 \
    -out ica.crl 2>/dev/null
CADIR="$WORK/ca-ica" openssl ca -config ca.cnf -cert ica.pem -keyfile "$WORK/ica.key" -gencrl -crlhours 1 \
    -out ica-stale.crl 2>/dev/null
CADIR="$WORK/ca-root" openssl ca -config ca.cnf -cert root.pem -keyfile "$WORK/root.key" -gencrl -crldays 36500 \
    -out root.crl 2>/dev/null

# OpenSSL's own verdicts at the tests' validation time, as independent expected results.
verdict() {
    local name=$1; shift
    local output
    output=$(openssl verify -x509_strict -purpose sslserver -attime $AT "$@" "$name.pem" 2>&1 || true)
    echo "$name: $(echo "$output" | grep -m1 -E '^error [0-9]+ at|: OK$' | sed 's/^.*\.pem: OK$/OK/')"
}
{
    verdict leaf -CAfile root.pem -untrusted ica.pem
    verdict leaf-expired -CAfile root.pem -untrusted ica.pem
    verdict leaf-not-yet-valid -CAfile root.pem -untrusted ica.pem
    verdict leaf-client -CAfile root.pem -untrusted ica.pem
    verdict leaf-under-client-ica -CAfile root.pem -untrusted ica-client-only.pem
    verdict leaf-under-no-certsign -CAfile root.pem -untrusted ica-no-certsign.pem
    verdict leaf-under-unknown-critical -CAfile root.pem -untrusted ica-unknown-critical.pem
    verdict leaf-under-pathlen0 -CAfile root.pem -untrusted ica-pathlen0.pem
    verdict leaf-deep -CAfile root.pem -untrusted <(cat ica-pathlen0.pem ica-below-pathlen0.pem)
    verdict leaf-signed-by-leaf -CAfile root.pem -untrusted <(cat ica.pem leaf.pem)
    verdict leaf-nc-ok -CAfile root.pem -untrusted ica-nc.pem
    verdict leaf-nc-outside -CAfile root.pem -untrusted ica-nc.pem
    verdict leaf-nc-excluded -CAfile root.pem -untrusted ica-nc.pem
    verdict leaf-nc-ip-outside -CAfile root.pem -untrusted ica-nc.pem
    verdict leaf-nc-email-outside -CAfile root.pem -untrusted ica-nc.pem
    verdict leaf-nc-dn-outside -CAfile root.pem -untrusted ica-nc.pem
    verdict cross-leaf -CAfile other-root.pem -untrusted <(cat cross-ica.pem new-root-by-old.pem new-root-by-other.pem)
    verdict cross-leaf -CAfile old-root.pem -untrusted <(cat cross-ica.pem new-root-by-old.pem)
    verdict loop-leaf -CAfile root.pem -untrusted <(cat loop-a-by-b.pem loop-b-by-a.pem)
    verdict rsa-leaf -CAfile rsa-root.pem
    verdict leaf-revoked -CAfile root.pem -untrusted ica.pem -crl_check -CRLfile ica.crl
    verdict leaf -CAfile root.pem -untrusted ica.pem -crl_check -CRLfile ica.crl
} > openssl-verdicts.txt
{
    openssl crl -in ica.crl -noout -text | sed -n -e 's/^ *Serial Number: \(.*\)$/revoked-serial=\1/p' \
        -e 's/^ *Revocation Date: \(.*\)$/revocation-date=\1/p' -e '/CRL Reason Code/{n;s/^ *\(.*\)$/reason=\1/p}'
    openssl x509 -in leaf-revoked.pem -noout -serial | sed 's/^serial=/leaf-revoked-serial=/'
    openssl crl -in ica.crl -noout -lastupdate -nextupdate -crlnumber
    openssl crl -in ica.crl -noout -issuer -nameopt RFC2253
    echo "der-sha256=$(openssl crl -in ica.crl -outform DER | openssl dgst -sha256 -r | cut -d' ' -f1)"
} > crl-facts.txt
