#!/usr/bin/env bash
# The proxy's healthcheck: healthy when a request through nginx reaches the app's /healthz and gets a 200, so a
# healthy proxy means the whole path (nginx -> app -> PostgreSQL and Redis) answers. The image has no curl or wget:
# bash's /dev/tcp speaks the HTTP. Prints the status line and the app's answer (the health log shows it).
set -euo pipefail
# Ends within the healthcheck's timeout (5 s) by itself: a check the engine must cut short leaves no result on some
# engines (Podman 4.3 keeps the container "starting"), so a stalled answer is a failed check here.
if [ -z "${PROXY_CHECK_BOUNDED:-}" ]; then
  PROXY_CHECK_BOUNDED=1 exec timeout 4 bash "$0" "$@"
fi
exec 3<>/dev/tcp/127.0.0.1/80
printf 'GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
response=$(cat <&3)
status=${response%%$'\r'*}
echo "$status: ${response#*$'\r\n\r\n'}"
[[ $status =~ ^HTTP/[0-9.]+\ 200( |$) ]]
