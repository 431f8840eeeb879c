#!/usr/bin/env bash
# Entrypoint of localdev/redis:7 (composectl's local Redis image; see docs/images.md).
# Runs redis-server in the foreground as the redis user and as PID 1 (it saves and exits on the stop signal).
# Without a config file Redis binds every interface, but its protected mode would refuse clients from other
# addresses when no password is set: inside a container every client is "another address", so it is turned off,
# unless the arguments set protected-mode themselves or name a config file (which then decides).
set -Eeuo pipefail

# Whether the arguments (after redis-server) already decide protected mode: a config file or the option itself.
protected_mode_given() {
  [ $# -gt 0 ] && [ "${1:0:1}" != - ] && return 0
  local arg
  for arg in "$@"; do
    [ "$arg" != --protected-mode ] || return 0
  done
  return 1
}

main() {
  # `docker run IMAGE --appendonly yes` and `docker run IMAGE /path/redis.conf` pass them to redis-server.
  if [ $# -eq 0 ] || [ "${1:0:1}" = - ] || [ "${1%.conf}" != "$1" ]; then set -- redis-server "$@"; fi
  [ "$1" = redis-server ] || exec "$@"

  protected_mode_given "${@:2}" || set -- "$@" --protected-mode no
  if [ "$(id -u)" = 0 ]; then
    # A bind-mounted or reused /data may belong to someone else; Redis must be able to write its dump there.
    find . -xdev ! -user redis -exec chown redis:redis {} +
    exec setpriv --reuid=redis --regid=redis --init-groups "$@"
  fi
  exec "$@"
}

main "$@"
