#!/usr/bin/perl
# The webapp example's application: a tiny HTTP server on port 8080 that reaches PostgreSQL (through psql, the real
# client) and Redis (through its wire protocol). It runs on the localdev/postgres:15 image because that image
# already carries perl and psql, so the example needs no build step.
#
#   GET /         JSON: the number of messages in PostgreSQL, the latest one, the server version, and a Redis hit
#                 counter incremented by this request
#   GET /healthz  200 "postgres: ok, redis: ok" when both backends answer, else 503 saying which one failed
#   server.pl --check   the container's healthcheck: GET /healthz on 127.0.0.1, print the answer, exit 0 on 200
#
# Settings come from the environment: DATABASE_HOST, DATABASE_USER, DATABASE_NAME, DATABASE_PASSWORD_FILE (a compose
# secret; read on every request, so a rotated password needs no restart), REDIS_HOST, APP_PORT (default 8080).
use strict;
use warnings;
use IO::Socket::INET;
use IPC::Open3;
use JSON::PP;

my $port = $ENV{APP_PORT} // 8080;
# What the request in progress is doing, for the time-out message.
our $step = 'idle';
exit check() if @ARGV && $ARGV[0] eq '--check';

# As PID 1 the process gets no default signal handling: without these, `docker stop` would wait for SIGKILL.
$SIG{TERM} = $SIG{INT} = sub { print STDERR "app: stopping\n"; exit 0 };
$| = 1;

my $server = IO::Socket::INET->new(LocalAddr => "0.0.0.0:$port", Listen => 16, ReuseAddr => 1)
    or die "app: cannot listen on port $port: $!\n";
print STDERR "app: listening on port $port\n";
while (my $client = $server->accept) {
    # One request at a time, each with a time limit, so a stalled client cannot hold the server.
    local $SIG{ALRM} = sub { die "request timed out while $step\n" };
    alarm 15;
    eval { serve($client); 1 } or print STDERR "app: $@";
    alarm 0;
    close $client;
}

sub serve {
    my ($client) = @_;
    local $step = 'reading the request';
    my $request = <$client> // return;
    while (my $header = <$client>) { last if $header =~ /^\r?\n$/ }
    my ($method, $path) = $request =~ m{^(\S+) (\S+)};
    $path //= '';
    my ($status, $type, $body) =
          $path eq '/healthz' ? health()
        : $path eq '/'        ? summary()
        :                       (404, 'text/plain', "not found\n");
    print STDERR "app: $method $path $status\n" unless $path eq '/healthz' && $status == 200;
    my %reason = (200 => 'OK', 404 => 'Not Found', 502 => 'Bad Gateway', 503 => 'Service Unavailable');
    print $client "HTTP/1.0 $status $reason{$status}\r\nContent-Type: $type\r\nContent-Length: " . length($body)
        . "\r\nConnection: close\r\n\r\n$body";
}

sub health {
    my ($db_ok, $db) = psql('SELECT 1');
    my ($redis_ok, $redis) = redis('PING');
    $db_ok &&= $db eq '1';
    $redis_ok &&= $redis eq 'PONG';
    my $text = 'postgres: ' . ($db_ok ? 'ok' : "failed ($db)") . ', redis: ' . ($redis_ok ? 'ok' : "failed ($redis)") . "\n";
    return ($db_ok && $redis_ok ? 200 : 503, 'text/plain', $text);
}

sub summary {
    my ($db_ok, $db) = psql(q{SELECT json_build_object(
        'server_version', current_setting('server_version'),
        'messages', (SELECT count(*) FROM messages),
        'latest', (SELECT body FROM messages ORDER BY id DESC LIMIT 1))});
    my ($redis_ok, $hits) = redis('INCR', 'webapp:hits');
    my %answer = (
        postgres => $db_ok ? decode_json($db) : { error => $db },
        redis    => $redis_ok ? { hits => 0 + $hits } : { error => $hits },
    );
    my $status = $db_ok && $redis_ok ? 200 : 502;
    return ($status, 'application/json', JSON::PP->new->canonical->encode(\%answer) . "\n");
}

# Runs one SQL statement with psql; returns (succeeded, output or error text).
sub psql {
    my ($sql) = @_;
    local $step = "running psql ($sql)";
    my $password_file = $ENV{DATABASE_PASSWORD_FILE} // '/run/secrets/db_password';
    open my $secret, '<', $password_file or return (0, "cannot read $password_file: $!");
    chomp(local $ENV{PGPASSWORD} = <$secret> // '');
    close $secret;
    local $ENV{PGCONNECT_TIMEOUT} = 3;
    local $ENV{PGAPPNAME} = 'webapp';
    my $pid = open3(my $in, my $out, undef, 'psql', '-X', '-A', '-t', '-q', '-v', 'ON_ERROR_STOP=1',
        '-h', $ENV{DATABASE_HOST} // 'db', '-U', $ENV{DATABASE_USER} // 'app', '-d', $ENV{DATABASE_NAME} // 'app', '-c', $sql);
    close $in;
    my $output = do { local $/; <$out> } // '';
    waitpid $pid, 0;
    $output =~ s/\s+\z//;
    return ($? == 0, $output);
}

# Sends one command to Redis (RESP); returns (succeeded, reply or error text).
sub redis {
    my @command = @_;
    local $step = "asking Redis (@command)";
    my $redis = IO::Socket::INET->new(PeerAddr => ($ENV{REDIS_HOST} // 'redis') . ':6379', Timeout => 3)
        or return (0, "cannot connect: $@");
    print $redis '*' . scalar(@command) . "\r\n" . join('', map { '$' . length($_) . "\r\n$_\r\n" } @command);
    my $reply = <$redis> // return (0, 'connection closed');
    $reply =~ s/\r?\n\z//;
    my ($kind, $value) = $reply =~ /^(.)(.*)$/;
    return ($kind eq '+' || $kind eq ':', $value);
}

sub check {
    # Ends within the healthcheck's timeout (5 s) by itself: the server answers one request at a time, and a check the
    # engine must cut short leaves no result on some engines (Podman 4.3 keeps the container "starting").
    local $SIG{ALRM} = sub { print "app: no answer within 4 s\n"; exit 1 };
    alarm 4;
    my $socket = IO::Socket::INET->new(PeerAddr => "127.0.0.1:$port", Timeout => 3)
        or do { print "app: not listening on port $port: $@\n"; return 1 };
    print $socket "GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n";
    my $response = do { local $/; <$socket> } // '';
    my ($status) = $response =~ m{^HTTP/\S+ (\d+)};
    my ($body) = $response =~ /\r\n\r\n(.*)\z/s;
    print $body // "no answer\n";
    return ($status // 0) == 200 ? 0 : 1;
}
