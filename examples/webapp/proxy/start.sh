#!/bin/bash
# Starts the proxy with the DNS server the engine gave this container as nginx's resolver: Docker's embedded DNS
# (127.0.0.11) or, on Podman, the network's gateway (aardvark-dns). nginx reads no /etc/resolv.conf of its own.
set -euo pipefail
nameserver=$(awk '$1 == "nameserver" { print $2; exit }' /etc/resolv.conf)
if [ -z "$nameserver" ]; then
  echo "proxy: /etc/resolv.conf names no nameserver, so the app's name cannot be resolved" >&2
  exit 1
fi
case "$nameserver" in *:*) nameserver="[$nameserver]" ;; esac   # an IPv6 address needs brackets in nginx
# A lost answer (Podman's aardvark-dns drops queries while it reloads) fails the request in 3 s, not nginx's 30.
printf 'resolver %s valid=5s ipv6=off;\nresolver_timeout 3s;\n' "$nameserver" >/etc/nginx/resolver.conf
exec nginx -g 'daemon off;'
