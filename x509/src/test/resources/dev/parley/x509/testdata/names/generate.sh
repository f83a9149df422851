set -eu
# A certificate whose subject uses every feature of RFC 4514's string form that OpenSSL writes:
# non-ASCII text (escaped as UTF-8 hex pairs), quotes, '+', '<', '>', ';' and '=' in values, a
# multi-valued RDN, leading '#' and leading and trailing spaces, and the string types OpenSSL
# picks per attribute (IA5String for DC and emailAddress, PrintableString for C and serialNumber).
# Run in this folder: bash generate.sh.
openssl genpkey -algorithm ED25519 -out names.key
openssl req -new -x509 -key names.key -utf8 -days 3650 -set_serial 1 \
    -subj "/DC=org/DC=example/C=DE/ST=Bayern/L=München/O=Grüße \"quoted\" \+ plus <angle>/OU=a;b=c\/d+OU=second/CN= #lead and trail /emailAddress=x@example.org/serialNumber=1234-5" \
    -out names.pem
# OpenSSL's RFC 2253 string of the subject (RFC 4514's predecessor, the same syntax), the known answer.
openssl x509 -in names.pem -noout -subject -nameopt RFC2253 | sed 's/^subject=//' > names-rfc2253.txt
rm names.key
