#!/usr/bin/env bash
# What the tests need from the machine besides npm packages: Debian's Chromium (with CJK fonts, so
# screenshots show Chinese), and the local PostgreSQL and Redis running. Installs or starts what is missing.
set -euo pipefail

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then echo "Chromium is missing: run 'sudo apt-get install chromium fonts-noto-cjk'" >&2; exit 1; fi
  echo "installing Debian's chromium and CJK fonts…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi

if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "starting PostgreSQL…"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi

if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  echo "starting Redis…"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
  for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 1; done
fi
echo "machine ready: $(chromium --version 2>/dev/null | head -1); PostgreSQL and Redis up"
