set -eu
# Chain: RSA 2048 root -> P-384 intermediate with every CA extension -> P-256 leaf with every leaf extension.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out root.key
openssl req -x509 -new -key root.key -sha256 -days 36500 -set_serial 1 -config chain.cnf -extensions root_ext \
    -subj "/C=US/O=Parley Test/CN=Parley Test Root" -out root.pem
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -out ica.key
openssl req -new -key ica.key -subj "/C=US/O=Parley, Test/OU=Intermediates+OU=Testing/CN=Parley Test Intermediate" \
    -config chain.cnf -out ica.csr
openssl x509 -req -in ica.csr -CA root.pem -CAkey root.key -sha384 -days 3650 \
    -set_serial 0x7fedcba9876543210fedcba9876543210fedcba9 -extfile chain.cnf -extensions ica_ext -out ica.pem
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out leaf.key
openssl req -new -key leaf.key -subj "/C=US/O=Parley Test/CN=www.example.com" -config chain.cnf -out leaf.csr
openssl x509 -req -in leaf.csr -CA ica.pem -CAkey ica.key -sha256 -days 90 -set_serial 4096 \
    -extfile chain.cnf -extensions leaf_ext -out leaf.pem
openssl x509 -req -in leaf.csr -CA ica.pem -CAkey ica.key -sha256 -days 90 -set_serial 4097 \
    -extfile chain.cnf -extensions unknown_critical_ext -out unknown-critical.pem

# One self-signed certificate per key type.
openssl req -x509 -newkey rsa:2048 -nodes -keyout rsa2048.key -sha256 -days 365 -subj "/CN=RSA 2048" -out rsa2048.pem
openssl req -x509 -new -key rsa2048.key -sha256 -days 365 -subj "/CN=RSA PSS signature" \
    -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:digest -sigopt rsa_mgf1_md:sha256 -out rsa-pss-signature.pem
openssl genpkey -algorithm RSA-PSS -pkeyopt rsa_keygen_bits:2048 -pkeyopt rsa_pss_keygen_md:sha256 \
    -pkeyopt rsa_pss_keygen_mgf1_md:sha256 -pkeyopt rsa_pss_keygen_saltlen:32 -out rsa-pss.key
openssl req -x509 -new -key rsa-pss.key -sha256 -days 365 -subj "/CN=RSA-PSS key" -out rsa-pss.pem
for curve in P-256:sha256 P-384:sha384 P-521:sha512; do
    name=${curve%%:*}; md=${curve##*:}; lower=$(echo "$name" | tr 'A-Z' 'a-z')
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:$name -out ec-$lower.key
    openssl req -x509 -new -key ec-$lower.key -$md -days 365 -subj "/CN=EC $name" -out ec-$lower.pem
done
for alg in ED25519 ED448; do
    lower=$(echo "$alg" | tr 'A-Z' 'a-z')
    openssl genpkey -algorithm $alg -out $lower.key
    openssl req -x509 -new -key $lower.key -days 365 -subj "/CN=$alg" -out $lower.pem
done

# A v1 certificate: x509 -req without extensions writes version 1.
openssl req -new -key ec-p-256.key -subj "/CN=Version 1" -out v1.csr
openssl x509 -req -in v1.csr -key ec-p-256.key -sha256 -days 365 -set_serial 1 -out v1.pem

# DER forms, OpenSSL's TRUSTED CERTIFICATE, a PEM with explanatory text, a CRL.
openssl x509 -in leaf.pem -outform DER -out leaf.der
openssl x509 -in root.pem -addtrust serverAuth -out trusted-root.pem
openssl x509 -in leaf.pem -text > leaf-with-text.pem
cat ica.pem >> leaf-with-text.pem
echo "Explanatory text after the last block." >> leaf-with-text.pem
: > index.txt; echo 01 > crlnumber
openssl ca -config chain.cnf -gencrl -keyfile root.key -cert root.pem -out root.crl
openssl crl -in root.crl -outform DER -out root-crl.der

# Keys in every format.
openssl pkcs8 -topk8 -nocrypt -in rsa2048.key -outform DER -out rsa2048-pkcs8.der
openssl rsa -in rsa2048.key -traditional -out rsa2048-pkcs1.pem
openssl rsa -in rsa2048.key -traditional -outform DER -out rsa2048-pkcs1.der
openssl ec -in ec-p-256.key -out ec-p-256-sec1.pem
openssl ec -in ec-p-256.key -outform DER -out ec-p-256-sec1.der
openssl ec -in ec-p-384.key -no_public -out ec-p-384-sec1-no-public.pem
openssl ecparam -name secp521r1 -genkey -out ec-p-521-sec1-with-params.pem
openssl pkcs8 -topk8 -nocrypt -in ed25519.key -outform DER -out ed25519-pkcs8.der
openssl pkcs8 -topk8 -in ec-p-256.key -v2 aes-256-cbc -passout pass:parley -out ec-p-256-encrypted.pem
openssl pkcs8 -topk8 -in ec-p-256.key -v2 aes-256-cbc -passout pass:parley -outform DER -out ec-p-256-encrypted.der
openssl rsa -in rsa2048.key -traditional -aes256 -passout pass:parley -out rsa2048-legacy-encrypted.pem
cat leaf.pem leaf.key > leaf-and-key.pem

# What OpenSSL itself reads from each certificate, for the tests to compare against.
for cert in root ica leaf unknown-critical rsa2048 rsa-pss-signature rsa-pss ec-p-256 ec-p-384 ec-p-521 ed25519 ed448 v1; do
    echo "[$cert]"
    openssl x509 -in $cert.pem -noout -serial -nameopt RFC2253 -subject -issuer -startdate -enddate -fingerprint -sha256
    echo "version=$(openssl x509 -in $cert.pem -noout -text | sed -n 's/^ *Version: \([0-9]\).*/\1/p')"
    echo "signature=$(openssl asn1parse -in $cert.pem | sed -n '0,/OBJECT/s/.*OBJECT *:\(.*\)$/\1/p')"
    echo "spki=$(openssl x509 -in $cert.pem -pubkey -noout | openssl pkey -pubin -outform DER | od -An -v -tx1 | tr -d ' \n')"
done > openssl-facts.txt
for key in rsa2048 ec-p-256 ec-p-384 ec-p-521 ed25519 ed448; do
    echo "[$key.key]"
    openssl pkey -in $key.key -noout -text | awk '
        /^(priv|pub|modulus):$/ { if (name) print name "=" hex; name = substr($1, 1, length($1) - 1); hex = ""; next }
        name && /^ / { gsub(/[ :]/, ""); hex = hex $0; next }
        name { print name "=" hex; name = "" }
        END { if (name) print name "=" hex }'
done >> openssl-facts.txt
rm -f *.csr index.txt* crlnumber* root.srl ica.srl
