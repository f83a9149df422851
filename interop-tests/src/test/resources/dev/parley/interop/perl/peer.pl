#!/usr/bin/perl
# An IO::Socket::SSL peer for PerlIoSocketSslTest (run by the test, never by hand).
#
#   peer.pl --client PORT [options]   connects to 127.0.0.1:PORT
#   peer.pl --server PORT [options]   listens on 127.0.0.1:PORT, prints "ready", accepts one connection
#
# Every connection runs the same script: (with --starttls: a plain-text exchange, then start_SSL),
# the negotiated parameters printed as "name=value" lines, an exchange in TLS, (with --stop: stop_SSL
# and a plain-text exchange after it). An exchange: read one line from the peer and print it as
# "received: ...", then read one line from stdin and send it to the peer. With --connections N the
# client does all this N times (for resumption through its session cache).
use strict;
use warnings;
use Getopt::Long;
use IO::Socket::INET;
use IO::Socket::SSL;
use IO::Socket::SSL::Utils;

$| = 1;
my %o = (connections => 1);
GetOptions(\%o, 'client=i', 'server=i', 'ca=s', 'hostname=s', 'cert=s', 'key=s', 'fingerprint=s',
    'alpn=s', 'ciphersuites=s', 'connections=i', 'require-client-cert', 'starttls', 'stop')
    or die "bad options\n";

# The IO::Socket::SSL arguments, named as in its manual.
my %ssl = (SSL_verifycn_scheme => 'http');
$ssl{SSL_ca_file} = $o{ca} if $o{ca};
$ssl{SSL_hostname} = $o{hostname} if $o{hostname};
$ssl{SSL_cert_file} = $o{cert} if $o{cert};
$ssl{SSL_key_file} = $o{key} if $o{key};
$ssl{SSL_fingerprint} = $o{fingerprint} if $o{fingerprint};
$ssl{SSL_alpn_protocols} = [split /,/, $o{alpn}] if $o{alpn};
$ssl{SSL_ciphersuites} = $o{ciphersuites} if $o{ciphersuites};
if ($o{server}) {
    $ssl{SSL_server} = 1;
    $ssl{SSL_verify_mode} = $o{'require-client-cert'}
        ? SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT : SSL_VERIFY_NONE;
    # This server's own certificate, in IO::Socket::SSL's fingerprint form, for a client to pin.
    print 'own_fingerprint=', IO::Socket::SSL::get_fingerprint(undef, 'sha256', PEM_file2cert($o{cert})), "\n";
} else {
    $ssl{SSL_verify_mode} = SSL_VERIFY_PEER;
    if ($o{connections} > 1) {
        # The session cache lives in the context: every connection must reuse it (the manual says so).
        $ssl{SSL_session_cache_size} = 10;
        $ssl{SSL_reuse_ctx} = IO::Socket::SSL::SSL_Context->new(%ssl) or die "no context: $SSL_ERROR\n";
    }
}

sub exchange {
    my ($sock) = @_;
    my $line = <$sock>;
    die "peer closed the connection\n" unless defined $line;
    print "received: $line";
    my $reply = <STDIN>;
    print $sock $reply;
    $sock->flush;
}

sub report {
    my ($sock) = @_;
    print 'version=', $sock->get_sslversion, "\n";
    print 'cipher=', $sock->get_cipher, "\n";
    my $subject = $sock->peer_certificate('subject');
    print 'peer_subject=', (defined $subject ? $subject : '(none)'), "\n";
    print 'peer_fingerprint=', (defined $subject ? $sock->get_fingerprint('sha256') : '(none)'), "\n";
    print 'alpn=', ($sock->alpn_selected || '(none)'), "\n";
    print 'reused=', ($sock->get_session_reused ? 1 : 0), "\n";
}

# One connection's script, on a connected (or accepted) plain or TLS socket.
sub run {
    my ($sock) = @_;
    if ($o{starttls}) {
        exchange($sock);
        IO::Socket::SSL->start_SSL($sock, %ssl) or die "start_SSL failed: $SSL_ERROR\n";
    }
    report($sock);
    exchange($sock);
    if ($o{stop}) {
        $sock->stop_SSL or die "stop_SSL failed: $SSL_ERROR\n";
        print "stopped TLS\n";
        exchange($sock);
    }
    close $sock;
}

if ($o{server}) {
    my $class = $o{starttls} ? 'IO::Socket::INET' : 'IO::Socket::SSL';
    my $listen = $class->new(LocalAddr => '127.0.0.1', LocalPort => $o{server}, Listen => 5, ReuseAddr => 1,
        ($o{starttls} ? () : %ssl)) or die "cannot listen: $! $SSL_ERROR\n";
    print "ready\n";
    my $sock = $listen->accept or die "accept failed: $! $SSL_ERROR\n";
    run($sock);
} else {
    for (1 .. $o{connections}) {
        my @to = (PeerAddr => '127.0.0.1', PeerPort => $o{client});
        my $sock = $o{starttls} ? IO::Socket::INET->new(@to) : IO::Socket::SSL->new(@to, %ssl);
        die "connect failed: $! $SSL_ERROR\n" unless $sock;
        run($sock);
    }
}
print "done\n";
