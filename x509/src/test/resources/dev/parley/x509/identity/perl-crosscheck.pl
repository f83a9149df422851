#!/usr/bin/perl
# Cross-checks hostname-cases.txt against Perl's IO::Socket::SSL.
#
#   perl perl-crosscheck.pl hostname-cases.txt public_suffix_list.dat
#
# For every row it makes a real certificate with OpenSSL (through IO::Socket::SSL::Utils, which
# drives libssl via Net::SSLeay) carrying the row's CN and subjectAltNames, runs
# IO::Socket::SSL::verify_hostname_of_cert on it with the row's scheme and suffix list, and
# prints one line per row:
#   AGREE <line>                 IO::Socket::SSL gives the table's verdict
#   DOCUMENTED <line> perl=<v>   it differs, and the row says so with "[perl: <v>]"
#   UNEXPECTED <line> perl=<v>   it differs and the row does not say so
#   MARKER-WRONG <line> perl=<v> the row claims a difference that IO::Socket::SSL does not show
#   UNBUILDABLE <line> <why>     OpenSSL refused to build the certificate
# and a final SUMMARY line. The exit code is 0 when there is no UNEXPECTED or MARKER-WRONG row.
use strict;
use warnings;
use Encode qw(encode decode);
use IO::Socket::SSL;
use IO::Socket::SSL::Utils;
use IO::Socket::SSL::PublicSuffix;

my ($table, $psl_file) = @ARGV;
die "usage: $0 hostname-cases.txt public_suffix_list.dat\n" unless $table && $psl_file;

# IO::Socket::SSL::PublicSuffix reads its text through an in-memory file, which takes bytes only;
# so convert the list's U-label rules to A-labels first, as its own update routine does.
open(my $pf, '<:encoding(UTF-8)', $psl_file) or die "cannot read $psl_file: $!";
my $psl_text = '';
while (my $rule = <$pf>) {
    $rule = IO::Socket::SSL::PublicSuffix::idn_to_ascii($rule) . "\n"
        if $rule !~ m{^//} && $rule =~ /[^\x00-\x7f]/ && chomp($rule);
    $psl_text .= $rule;
}
close($pf);
$psl_text = encode('UTF-8', $psl_text);    # comments may still hold non-ASCII text
(my $icann_text = $psl_text) =~ s{^// ===END ICANN DOMAINS===.*}{}ms;
my %psl = (
    full  => IO::Socket::SSL::PublicSuffix->from_string($psl_text),
    icann => IO::Socket::SSL::PublicSuffix->from_string($icann_text),
    none  => '',
);

my $key = KEY_create_rsa(2048);
my %count = (AGREE => 0, DOCUMENTED => 0, UNEXPECTED => 0, 'MARKER-WRONG' => 0, UNBUILDABLE => 0);

open(my $fh, '<:encoding(UTF-8)', $table) or die "cannot read $table: $!";
my $line_no = 0;
while (my $line = <$fh>) {
    $line_no++;
    chomp $line;
    $line =~ s/^\s+|\s+$//g;
    next if $line eq '' || $line =~ /^#/;
    my @c = map { my $x = $_; $x =~ s/^\s+|\s+$//g; $x } split(/\|/, $line, -1);
    die "line $line_no: expected 7 columns\n" unless @c == 7;
    my ($scheme, $psl, $cn, $san, $reference, $expect, $why) = @c;

    if ($scheme =~ s/^custom://) {
        my %hash = map { my ($k, $v) = split(/=/, $_, 2); ($k => $v) } split(/,/, $scheme);
        $scheme = \%hash;
    } else {
        $scheme = lc $scheme;
    }

    my %subject = $cn eq '-' ? (organizationName => 'Parley test') : (commonName => encode('UTF-8', $cn));
    my @alt;
    if ($san ne '-') {
        for my $entry (split(/\s*,\s*/, $san)) {
            my ($type, $value) = $entry =~ /^(DNS|IP):(.*)$/ or die "line $line_no: SAN $entry\n";
            push @alt, [$type => encode('UTF-8', $value)];
        }
    }
    my $cert = eval {
        (CERT_create(subject => \%subject, (@alt ? (subjectAltNames => \@alt) : ()), key => $key))[0];
    };
    if (!$cert) {
        (my $err = $@ || 'unknown') =~ s/\s+/ /g;
        print "UNBUILDABLE $line_no $err\n";
        $count{UNBUILDABLE}++;
        next;
    }

    my $perl = IO::Socket::SSL::verify_hostname_of_cert($reference, $cert, $scheme, $psl{$psl}) ? 'yes' : 'no';
    CERT_free($cert);
    my ($marker) = $why =~ /\[perl: (yes|no)\]/;
    my $verdict;
    if ($perl eq $expect) {
        $verdict = $marker ? 'MARKER-WRONG' : 'AGREE';
    } else {
        $verdict = ($marker && $marker eq $perl) ? 'DOCUMENTED' : 'UNEXPECTED';
    }
    $count{$verdict}++;
    print "$verdict $line_no perl=$perl table=$expect\n";
}
close($fh);
print "SUMMARY " . join(' ', map { "$_=$count{$_}" } sort keys %count) . "\n";
exit(($count{UNEXPECTED} || $count{'MARKER-WRONG'}) ? 1 : 0);
