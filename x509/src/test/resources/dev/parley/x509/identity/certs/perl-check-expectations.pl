#!/usr/bin/perl
# Checks expectations.txt against IO::Socket::SSL::verify_hostname_of_cert on the PEM files of
# this folder (made by generate.sh with the openssl command line tool).
#
#   perl perl-check-expectations.pl expectations.txt public_suffix_list.dat
#
# The suffix list must be given as a file holding only A-labels or ASCII (IO::Socket::SSL reads
# it through an in-memory file); perl-crosscheck.pl shows how to convert the real list.
use strict;
use warnings;
use File::Basename qw(dirname);
use Encode qw(encode);
use IO::Socket::SSL;
use IO::Socket::SSL::Utils;
use IO::Socket::SSL::PublicSuffix;

my ($table, $psl_file) = @ARGV;
die "usage: $0 expectations.txt public_suffix_list.dat\n" unless $table && $psl_file;
open(my $pf, '<:encoding(UTF-8)', $psl_file) or die "cannot read $psl_file: $!";
my $psl_text = '';
while (my $rule = <$pf>) {
    $rule = IO::Socket::SSL::PublicSuffix::idn_to_ascii($rule) . "\n"
        if $rule !~ m{^//} && $rule =~ /[^\x00-\x7f]/ && chomp($rule);
    $psl_text .= $rule;
}
close($pf);
my $psl = IO::Socket::SSL::PublicSuffix->from_string(encode('UTF-8', $psl_text));

my ($agree, $differ) = (0, 0);
open(my $fh, '<:encoding(UTF-8)', $table) or die "cannot read $table: $!";
while (my $line = <$fh>) {
    chomp $line;
    next if $line =~ /^\s*(#|$)/;
    my ($file, $scheme, $reference, $expect) = map { s/^\s+|\s+$//gr } split(/\|/, $line);
    if ($scheme =~ s/^custom://) {
        $scheme = { map { split(/=/, $_, 2) } split(/,/, $scheme) };
    }
    my $cert = PEM_file2cert(dirname($table) . "/$file");
    my $perl = IO::Socket::SSL::verify_hostname_of_cert($reference, $cert, $scheme, $psl) ? 'yes' : 'no';
    CERT_free($cert);
    if ($perl eq $expect) { $agree++ } else { $differ++; print "DIFFER $file $reference perl=$perl\n" }
}
print "SUMMARY agree=$agree differ=$differ\n";
exit($differ ? 1 : 0);
